{{- define "lib.hello" }}hi{{ end }}
