import CYAML
import GoTemplate

/// Namespace of the YAML/JSON layer; see the files beside this one.
public enum HelmYAML {
    /// The libyaml version linked in, e.g. "0.2.5".
    public static var libyamlVersion: String { String(cString: yaml_get_version_string()) }
}
