{{- define "shared.name" -}}child-defined{{- end -}}
