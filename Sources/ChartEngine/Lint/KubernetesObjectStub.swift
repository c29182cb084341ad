/// The few fields Helm's linter reads from each rendered document (its `k8sYamlStruct`).
struct KubernetesObjectStub {
    var apiVersion = ""
    var kind = ""
    var name = ""
    var namespace = ""
}
