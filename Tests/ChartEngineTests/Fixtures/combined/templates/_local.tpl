{{- define "combined.fullname" -}}
{{ .Release.Name }}-{{ .Chart.Name | trunc 20 }}
{{- end -}}
