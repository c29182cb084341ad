{{- define "shared.name" -}}parent-defined{{- end -}}
{{- define "parent.fullname" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end -}}
{{- define "parent.labels" -}}
app: {{ include "parent.fullname" . }}
chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
{{- end -}}
