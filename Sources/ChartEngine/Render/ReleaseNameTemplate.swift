import GoTemplate
import HelmFunctions

/// Helm's `--name-template`: a template named `name-template`, executed with Sprig functions and no
/// data, whose output is the release name.
public enum ReleaseNameTemplate {
    public static func render(_ text: String, environment: RenderEnvironment = .live) throws -> String {
        let set = TemplateSet(functions: HelmFunctionLibrary.registry(), options: TemplateOptions())
        try set.parse(name: "name-template", text: text)
        return try set.execute(name: "name-template", data: .invalid, environment: environment, userInfo: [:])
    }
}
