import GoTemplate

/// A template file ready to render: Helm's `renderable`.
struct RenderableTemplate {
    /// The template text.
    var text: String
    /// The chart-scoped data (`.`) shared by every template of the same chart.
    var data: GoMap
    /// `.Template.BasePath`: `<chart full path>/templates`.
    var basePath: String
}
