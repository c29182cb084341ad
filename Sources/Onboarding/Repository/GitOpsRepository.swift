/// A Flux GitOps working tree that tenants are onboarded into:
///
/// ```
/// <root>/<templatesDir>/<tier>_tenant_template.yaml
/// <root>/<tenantsDir>/<tier>/kustomization.yaml
/// <root>/<tenantsDir>/<tier>/<tenant>.yaml
/// <root>/<chartsDir>/<chart>/            (charts named by the HelmReleases, for rendering)
/// ```
/// Relative directories are resolved against `root`; absolute ones are used as given.
public struct GitOpsRepository {
    public var root: String
    public var templatesDir: String
    public var tenantsDir: String
    public var chartsDir: String
    public var parser: YAMLDocumentParser
    public var renderer: TenantChartRenderer
    /// Where writes go; replaced by tests to make a write fail and check the rollback.
    var fileOperations: FileOperations = AtomicFileWriter()

    public static let templateSuffix = "_tenant_template.yaml"
    public static let kustomizationFileName = "kustomization.yaml"
    public static let tenantFileExtension = ".yaml"

    public init(root: String, templatesDir: String = "tier-templates", tenantsDir: String = "tenants",
                chartsDir: String = "charts", parser: YAMLDocumentParser = LibYAMLDocumentParser(),
                renderer: TenantChartRenderer = ChartEngineTenantRenderer()) {
        self.root = root
        self.templatesDir = templatesDir
        self.tenantsDir = tenantsDir
        self.chartsDir = chartsDir
        self.parser = parser
        self.renderer = renderer
    }
}

// MARK: - Paths

extension GitOpsRepository {
    var templatesPath: String { resolve(templatesDir) }
    var tenantsPath: String { resolve(tenantsDir) }
    var chartsPath: String { resolve(chartsDir) }

    func templatePath(tier: String) -> String { templatesPath + "/" + tier + Self.templateSuffix }
    func tierPath(_ tier: String) -> String { tenantsPath + "/" + tier }
    func kustomizationPath(tier: String) -> String { tierPath(tier) + "/" + Self.kustomizationFileName }
    func tenantFileName(_ tenantId: String) -> String { tenantId + Self.tenantFileExtension }
    func tenantFilePath(tenantId: String, tier: String) -> String { tierPath(tier) + "/" + tenantFileName(tenantId) }

    /// How results and errors name a file: relative to the root when inside it.
    func displayPath(_ path: String) -> String {
        let prefix = rootWithoutTrailingSlash + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    private var rootWithoutTrailingSlash: String { Self.withoutTrailingSlash(root) }

    private func resolve(_ directory: String) -> String {
        let trimmed = Self.withoutTrailingSlash(directory)
        if trimmed.hasPrefix("/") { return trimmed }
        return rootWithoutTrailingSlash + "/" + trimmed
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
