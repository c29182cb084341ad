import GoTemplate

/// A template file ready to render: Helm's `renderable`.
struct RenderableTemplate {
    /// The template file's bytes, shared with the loaded chart.
    var source: [UInt8]
    /// The chart-scoped data (`.`) shared by every template of the same chart.
    var data: GoMap
    /// `.Template.BasePath`: `<chart full path>/templates`.
    var basePath: String

    /// The template text, as Helm reads it.
    var text: String { String(decoding: source, as: UTF8.self) }
}
