partial body of {{ .Chart.Name }}
