/// Go's `quote` in the time package: double quotes, `\"` and `\\` escaped, non-ASCII bytes as `\xNN`.
func goTimeQuote(_ s: String) -> String {
    var out = "\""
    let hex = Array("0123456789abcdef")
    for scalar in s.unicodeScalars {
        if scalar.value >= 0x80 || scalar.value < 0x20 {
            for byte in String(scalar).utf8 {
                out += "\\x" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        } else {
            if scalar == "\"" || scalar == "\\" { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
