{{- define "outer" }}{{ include "inner" . }}{{ end }}
{{- define "inner" }}{{ upper .Values.missing }}{{ end }}
{{- define "callsIndex" }}{{ index (list 1) 5 }}{{ end }}
{{- define "callsFail" }}{{ fail "failed inside include" }}{{ end }}
{{- define "loop" }}{{ include "loop" . }}{{ end }}
