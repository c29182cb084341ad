import Foundation
import GoTemplate

/// Sprig's math: integer functions convert through `cast.ToInt64` and return int64 with Go's wrap-around;
/// `*f` functions go through shopspring/decimal and return float64.
enum NumericFunctions {
    static func register(into r: inout FunctionRegistry) {
        r.register("add1", [.interface]) { _, a in .int64(SprigCast.toInt64(a[0]) &+ 1) }
        r.register("add", [], variadic: .interface) { _, a in
            .int64(a.reduce(Int64(0)) { $0 &+ SprigCast.toInt64($1) })
        }
        r.register("sub", [.interface, .interface]) { _, a in
            .int64(SprigCast.toInt64(a[0]) &- SprigCast.toInt64(a[1]))
        }
        r.register("div", [.interface, .interface]) { _, a in
            .int64(try goDivide(SprigCast.toInt64(a[0]), SprigCast.toInt64(a[1])))
        }
        r.register("mod", [.interface, .interface]) { _, a in
            .int64(try goRemainder(SprigCast.toInt64(a[0]), SprigCast.toInt64(a[1])))
        }
        r.register("mul", [.interface], variadic: .interface) { _, a in
            .int64(a.dropFirst().reduce(SprigCast.toInt64(a[0])) { $0 &* SprigCast.toInt64($1) })
        }
        let maxBody: (CallContext, [Value]) throws -> Value = { _, a in
            .int64(a.dropFirst().reduce(SprigCast.toInt64(a[0])) { Swift.max($0, SprigCast.toInt64($1)) })
        }
        r.register("max", [.interface], variadic: .interface, maxBody)
        r.register("biggest", [.interface], variadic: .interface, maxBody)
        r.register("min", [.interface], variadic: .interface) { _, a in
            .int64(a.dropFirst().reduce(SprigCast.toInt64(a[0])) { Swift.min($0, SprigCast.toInt64($1)) })
        }
        r.register("maxf", [.interface], variadic: .interface) { _, a in
            .float64(a.dropFirst().reduce(SprigCast.toFloat64(a[0])) { goMathMax($0, SprigCast.toFloat64($1)) })
        }
        r.register("minf", [.interface], variadic: .interface) { _, a in
            .float64(a.dropFirst().reduce(SprigCast.toFloat64(a[0])) { goMathMin($0, SprigCast.toFloat64($1)) })
        }
        r.register("floor", [.interface]) { _, a in .float64(Foundation.floor(SprigCast.toFloat64(a[0]))) }
        r.register("ceil", [.interface]) { _, a in .float64(Foundation.ceil(SprigCast.toFloat64(a[0]))) }
        r.register("round", [.interface, .int], variadic: .float64) { _, a in
            let roundOn: Double
            if a.count > 2, case .float64(let d) = a[2] { roundOn = d } else { roundOn = 0.5 }
            return .float64(sprigRound(SprigCast.toFloat64(a[0]), places: Double(intArgument(a[1])), roundOn: roundOn))
        }
        r.register("until", [.int]) { _, a in
            let count = intArgument(a[0])
            return intList(untilStep(start: 0, stop: count, step: count < 0 ? -1 : 1))
        }
        r.register("untilStep", [.int, .int, .int]) { _, a in
            intList(untilStep(start: intArgument(a[0]), stop: intArgument(a[1]), step: intArgument(a[2])))
        }
        r.register("seq", [], variadic: .int) { _, a in .string(seq(a.map(intArgument))) }

        r.register("add1f", [.interface]) { _, a in try .float64(decimalFold(a[0], [.int(1)], "add1f", +)) }
        r.register("addf", [], variadic: .interface) { _, a in try .float64(decimalFold(.float64(0), a, "addf", +)) }
        r.register("subf", [.interface], variadic: .interface) { _, a in
            try .float64(decimalFold(a[0], Array(a.dropFirst()), "subf", -))
        }
        r.register("mulf", [.interface], variadic: .interface) { _, a in
            try .float64(decimalFold(a[0], Array(a.dropFirst()), "mulf", *))
        }
        r.register("divf", [.interface], variadic: .interface) { _, a in
            try .float64(decimalFold(a[0], Array(a.dropFirst()), "divf") { x, y in
                guard let q = x.divided(by: y) else { throw FunctionError("decimal division by 0") }
                return q
            })
        }
    }

    /// The evaluator hands `int` parameters over as `.int`; anything else is a contract breach, read as 0.
    static func intArgument(_ v: Value) -> Int {
        if case .int(let i) = v { return i }
        return SprigCast.toInt(v)
    }

    static func intList(_ ints: [Int]) -> Value {
        .list(GoList(ints.map { .int($0) }, elementType: .int))
    }

    /// Go's `/` on int64: division by zero is a runtime panic that text/template reports; MinInt64 / -1 wraps.
    static func goDivide(_ a: Int64, _ b: Int64) throws -> Int64 {
        guard b != 0 else { throw FunctionError("runtime error: integer divide by zero") }
        return a.dividedReportingOverflow(by: b).partialValue
    }

    static func goRemainder(_ a: Int64, _ b: Int64) throws -> Int64 {
        guard b != 0 else { throw FunctionError("runtime error: integer divide by zero") }
        return a.remainderReportingOverflow(dividingBy: b).partialValue
    }

    /// `math.Max`: NaN wins, +0 beats -0.
    static func goMathMax(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x > 0 || y.isInfinite && y > 0 { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && y == 0 { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }

    static func goMathMin(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x < 0 || y.isInfinite && y < 0 { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && y == 0 { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }

    /// Sprig's `round`: scales by 10^places and rounds up when the fractional part (math.Modf's, which
    /// carries the sign) reaches `roundOn`, so negative halves round down.
    static func sprigRound(_ value: Double, places: Double, roundOn: Double) -> Double {
        let pow = Foundation.pow(10, places)
        let digit = pow * value
        let fraction = digit.isInfinite ? 0 : digit - digit.rounded(.towardZero)
        let rounded = fraction >= roundOn ? Foundation.ceil(digit) : Foundation.floor(digit)
        return rounded / pow
    }

    /// Largest list `until`/`untilStep`/`seq` build: beyond it Go exhausts memory and dies, which a
    /// template must not make us do.
    static let maxSequenceLength = 1 << 26

    /// Sprig's `untilStep`. Go's loop would wrap around on overflow; we stop instead.
    static func untilStep(start: Int, stop: Int, step: Int) -> [Int] {
        var v: [Int] = []
        if stop < start {
            guard step < 0 else { return v }
            var i = start
            while i > stop && v.count < maxSequenceLength {
                v.append(i)
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
            return v
        }
        guard step > 0 else { return v }
        var i = start
        while i < stop && v.count < maxSequenceLength {
            v.append(i)
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return v
    }

    /// Sprig's `seq`, modelled on the Unix command: `seq LAST`, `seq FIRST LAST`, `seq FIRST STEP LAST`.
    static func seq(_ params: [Int]) -> String {
        let list: [Int]
        switch params.count {
        case 1:
            let end = params[0]
            let increment = end < 1 ? -1 : 1
            list = untilStep(start: 1, stop: end &+ increment, step: increment)
        case 2:
            let (start, end) = (params[0], params[1])
            let step = end < start ? -1 : 1
            list = untilStep(start: start, stop: end &+ step, step: step)
        case 3:
            let (start, step, end) = (params[0], params[1], params[2])
            var increment = 1
            if end < start {
                increment = -1
                if step > 0 { return "" }
            }
            list = untilStep(start: start, stop: end &+ increment, step: step)
        default:
            return ""
        }
        return list.map(String.init).joined(separator: " ")
    }

    /// Sprig's `execDecimalOp`: every operand goes float64 → decimal (shortest form), folded with `op`,
    /// and the result converted back to the nearest float64.
    static func decimalFold(_ first: Value, _ rest: [Value], _ name: String,
                            _ op: (GoDecimal, GoDecimal) throws -> GoDecimal) throws -> Double {
        var acc = try decimal(first)
        for v in rest { acc = try op(acc, decimal(v)) }
        return acc.float64
    }

    private static func decimal(_ v: Value) throws -> GoDecimal {
        let d = SprigCast.toFloat64(v)
        guard let dec = GoDecimal(d) else {
            // shopspring panics on non-finite input; text/template reports the panic value.
            throw FunctionError("Cannot create a Decimal from " + (d.isNaN ? "NaN" : (d > 0 ? "+Inf" : "-Inf")))
        }
        return dec
    }
}
