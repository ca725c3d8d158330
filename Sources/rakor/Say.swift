import Foundation
import RakorCore

// Every line rakor prints may quote a log, an agenda, a path or an OS error: text from outside.
// It all goes through `inert` here, the one place, so no escape sequence, OSC string or bidi
// override from a file ever reaches the terminal. Messages keep their line breaks.

/// Writes to standard error, made inert.
func printError(_ message: String) {
    let text = inert(message, keepNewlines: true)
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Writes to standard output, made inert (the sanitising `print`).
func say(_ message: String, terminator: String = "\n") {
    let text = inert(message, keepNewlines: true) + terminator
    FileHandle.standardOutput.write(Data(text.utf8))
}
