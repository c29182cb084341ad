{{/*
Named templates shared by every resource of the chart. Most take a context made with
`dict "root" $ "app" $name "cfg" $appValues`, because the resources are rendered inside a
`range` over .Values.apps where the dot is one app's values.
*/}}

{{/* The resource name of one app of the tenant: <tenantId>-<app>. */}}
{{- define "tenant.appFullname" -}}
{{- printf "%s-%s" .root.Values.tenantId .app | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Where the app's Service and Ingress live: the tenant's namespace when the app is dedicated (Silo),
the pooled environment's namespace when the tenant uses the shared workload (Pool). */}}
{{- define "tenant.appNamespace" -}}
{{- if .cfg.enabled -}}
{{- .root.Values.tenantId -}}
{{- else -}}
{{- .cfg.envId -}}
{{- end -}}
{{- end -}}

{{/* Pods a Service selects: the tenant's own, or the pooled environment's shared ones. */}}
{{- define "tenant.appSelectorTarget" -}}
{{- if .cfg.enabled -}}
{{- include "tenant.appFullname" . -}}
{{- else -}}
{{- printf "%s-%s" .cfg.envId .app -}}
{{- end -}}
{{- end -}}

{{/* Selector labels: the subset of labels that must never change for a Deployment. */}}
{{- define "tenant.selectorLabels" -}}
app.kubernetes.io/name: {{ printf "%s-%s" .root.Chart.Name .app }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app: {{ include "tenant.appFullname" . }}
{{- end -}}

{{/* Every label of an app's resources. */}}
{{- define "tenant.labels" -}}
app.kubernetes.io/name: {{ printf "%s-%s" .root.Chart.Name .app }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app: {{ include "tenant.appFullname" . }}
{{- end -}}

{{/* The service account pods run as: the app's own (IRSA) when created, else the namespace default. */}}
{{- define "tenant.serviceAccountName" -}}
{{- if .cfg.serviceAccount.create -}}
{{- include "tenant.appFullname" . -}}
{{- else -}}
default
{{- end -}}
{{- end -}}

{{/* The IAM role the tenant's Terraform module creates for the app, trusted for its service account. */}}
{{- define "tenant.roleArn" -}}
{{- printf "arn:aws:iam::%s:role/%s-role-%s" (toString .root.Values.awsAccountId) .app .root.Values.tenantId -}}
{{- end -}}
