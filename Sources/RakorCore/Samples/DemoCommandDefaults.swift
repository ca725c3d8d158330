/// Which sample `rakor demo` plays when none is named.
public enum DemoCommandDefaults {
    /// The Indonesian Rakorpeg sample for Indonesian, the English demo otherwise.
    public static func sample(for lang: Language) -> String { lang == .id ? "rakorpeg-kaltim-2020" : "demo" }
}
