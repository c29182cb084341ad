// The GitOps tenant onboarding library.
//
// `GitOpsRepository` edits a Flux GitOps working tree (tier templates → tenant files listed in each
// tier's kustomization.yaml) and renders a tenant's chart through an injected `TenantChartRenderer`
// before anything is written, so a tenant that would not render is never committed. YAML parsing is
// injected through `YAMLDocumentParser`. Those two protocols are the library's only seams.
