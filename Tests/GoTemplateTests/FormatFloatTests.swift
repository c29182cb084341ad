// Generated from real Helm v4.1.4 output (`helm template`): every expected string below was observed
// from Helm, not produced by this engine. Each comment shows the template call that produced it.
import XCTest
@testable import GoTemplate

final class FormatFloatTests: XCTestCase {
    static let cases: [FormatCase] = [
        // value 1.5
        FormatCase(.value, [.float64(1.5)], "1.5"),
        // value 3.0
        FormatCase(.value, [.float64(3.0)], "3"),
        // value -0.0
        FormatCase(.value, [.float64(-0.0)], "-0"),
        // value (float64 "-0")
        FormatCase(.value, [.float64(-0.0)], "-0"),
        // value 1e6
        FormatCase(.value, [.float64(1000000.0)], "1e+06"),
        // value 100000.0
        FormatCase(.value, [.float64(100000.0)], "100000"),
        // value 999999.0
        FormatCase(.value, [.float64(999999.0)], "999999"),
        // value 1234567.0
        FormatCase(.value, [.float64(1234567.0)], "1.234567e+06"),
        // value 123456.7
        FormatCase(.value, [.float64(123456.7)], "123456.7"),
        // value 0.0001
        FormatCase(.value, [.float64(0.0001)], "0.0001"),
        // value 0.00001
        FormatCase(.value, [.float64(1e-05)], "1e-05"),
        // value 0.000123
        FormatCase(.value, [.float64(0.000123)], "0.000123"),
        // value 1e21
        FormatCase(.value, [.float64(1e+21)], "1e+21"),
        // value 1e20
        FormatCase(.value, [.float64(1e+20)], "1e+20"),
        // value 0.1
        FormatCase(.value, [.float64(0.1)], "0.1"),
        // value 0.30000000000000004
        FormatCase(.value, [.float64(0.30000000000000004)], "0.30000000000000004"),
        // value 1.7976931348623157e308
        FormatCase(.value, [.float64(1.7976931348623157e+308)], "1.7976931348623157e+308"),
        // value 5e-324
        FormatCase(.value, [.float64(5e-324)], "5e-324"),
        // value 2.2250738585072014e-308
        FormatCase(.value, [.float64(2.2250738585072014e-308)], "2.2250738585072014e-308"),
        // value (float64 "Inf")
        FormatCase(.value, [.float64(.infinity)], "+Inf"),
        // value (float64 "-Inf")
        FormatCase(.value, [.float64(-.infinity)], "-Inf"),
        // value (float64 "NaN")
        FormatCase(.value, [.float64(.nan)], "NaN"),
        // value 123456789012345678.0
        FormatCase(.value, [.float64(1.2345678901234568e+17)], "1.2345678901234568e+17"),
        // value 9007199254740993.0
        FormatCase(.value, [.float64(9007199254740992.0)], "9.007199254740992e+15"),
        // value 1e23
        FormatCase(.value, [.float64(1e+23)], "1e+23"),
        // value 3.14159265358979
        FormatCase(.value, [.float64(3.14159265358979)], "3.14159265358979"),
        // value -2.5e-7
        FormatCase(.value, [.float64(-2.5e-07)], "-2.5e-07"),
        // value 2.0e-300
        FormatCase(.value, [.float64(2e-300)], "2e-300"),
        // value 0.000001
        FormatCase(.value, [.float64(1e-06)], "1e-06"),
        // value 100.0
        FormatCase(.value, [.float64(100.0)], "100"),
        // value 12345.678
        FormatCase(.value, [.float64(12345.678)], "12345.678"),
        // value .Values.big
        FormatCase(.value, [.float64(1000000)], "1e+06"),
        // value .Values.i3
        FormatCase(.value, [.float64(3)], "3"),
        // value .Values.neg
        FormatCase(.value, [.float64(-2.5)], "-2.5"),
        // value .Values.small
        FormatCase(.value, [.float64(0.00001)], "1e-05"),
        // value 1e100
        FormatCase(.value, [.float64(1e+100)], "1e+100"),
        // value 4.35
        FormatCase(.value, [.float64(4.35)], "4.35"),
        // value 0.1e-3
        FormatCase(.value, [.float64(0.0001)], "0.0001"),
        // value 1.0e15
        FormatCase(.value, [.float64(1000000000000000.0)], "1e+15"),
        // value 123456789.0
        FormatCase(.value, [.float64(123456789.0)], "1.23456789e+08"),
        // print 1.5 2.0 1e6 "x" 0.5
        FormatCase(.print, [.float64(1.5), .float64(2.0), .float64(1000000.0), .string("x"), .float64(0.5)], "1.5 2 1e+06x0.5"),
        // printf "%.2f|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|%.2f" 2.675 0.5 1.5 2.5 3.5 0.25 0.35 1.005
        FormatCase(.printf, [.string("%.2f|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|%.2f"), .float64(2.675), .float64(0.5), .float64(1.5), .float64(2.5), .float64(3.5), .float64(0.25), .float64(0.35), .float64(1.005)], "2.67|0|2|2|4|0.2|0.3|1.00"),
        // printf "%f|%e|%E|%g|%G|%F" 3.14159 3.14159 3.14159 3.14159 3.14159 3.14159
        FormatCase(.printf, [.string("%f|%e|%E|%g|%G|%F"), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159)], "3.141590|3.141590e+00|3.141590E+00|3.14159|3.14159|3.141590"),
        // printf "%f|%e|%g|%.3g|%.10g|%.3e|%.0e|%#.0e|%#.0f" 1234567.891 1234567.891 1234567.891 1234567.891 1234567.891 1234567.891 1234567.891 1234567.891 1234567.891
        FormatCase(.printf, [.string("%f|%e|%g|%.3g|%.10g|%.3e|%.0e|%#.0e|%#.0f"), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891), .float64(1234567.891)], "1234567.891000|1.234568e+06|1.234567891e+06|1.23e+06|1234567.891|1.235e+06|1e+06|1.e+06|1234568."),
        // printf "%f|%e|%g|%.3g|%.3f|%.3e|%G|%E" 0.000012345 0.000012345 0.000012345 0.000012345 0.000012345 0.000012345 0.000012345 0.000012345
        FormatCase(.printf, [.string("%f|%e|%g|%.3g|%.3f|%.3e|%G|%E"), .float64(1.2345e-05), .float64(1.2345e-05), .float64(1.2345e-05), .float64(1.2345e-05), .float64(1.2345e-05), .float64(1.2345e-05), .float64(1.2345e-05), .float64(1.2345e-05)], "0.000012|1.234500e-05|1.2345e-05|1.23e-05|0.000|1.234e-05|1.2345E-05|1.234500E-05"),
        // printf "%f|%e|%g|%v|%.2f|%5.1f|%+f|% f" 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0
        FormatCase(.printf, [.string("%f|%e|%g|%v|%.2f|%5.1f|%+f|% f"), .float64(0.0), .float64(0.0), .float64(0.0), .float64(0.0), .float64(0.0), .float64(0.0), .float64(0.0), .float64(0.0)], "0.000000|0.000000e+00|0|0|0.00|  0.0|+0.000000| 0.000000"),
        // printf "%f|%e|%g|%v|%+v|%.1f" (float64 "-0") (float64 "-0") (float64 "-0") (float64 "-0") (float64 "-0") (float64 "-0")
        FormatCase(.printf, [.string("%f|%e|%g|%v|%+v|%.1f"), .float64(-0.0), .float64(-0.0), .float64(-0.0), .float64(-0.0), .float64(-0.0), .float64(-0.0)], "-0.000000|-0.000000e+00|-0|-0|-0|-0.0"),
        // printf "%8.3f|%-8.3f|%08.3f|%+08.3f|% 08.3f|%+.2e|%08.3e|%-+10.2f|" 3.14159 3.14159 -3.14159 3.14159 3.14159 3.14159 3.14159 3.14159
        FormatCase(.printf, [.string("%8.3f|%-8.3f|%08.3f|%+08.3f|% 08.3f|%+.2e|%08.3e|%-+10.2f|"), .float64(3.14159), .float64(3.14159), .float64(-3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159)], "   3.142|3.142   |-003.142|+003.142| 003.142|+3.14e+00|3.142e+00|+3.14     |"),
        // printf "%f|%5f|%-6f|%06f|%+f|% f|%e|%g" (float64 "Inf") (float64 "Inf") (float64 "-Inf") (float64 "Inf") (float64 "Inf") (float64 "Inf") (float64 "-Inf") (float64 "Inf")
        FormatCase(.printf, [.string("%f|%5f|%-6f|%06f|%+f|% f|%e|%g"), .float64(.infinity), .float64(.infinity), .float64(-.infinity), .float64(.infinity), .float64(.infinity), .float64(.infinity), .float64(-.infinity), .float64(.infinity)], "+Inf| +Inf|-Inf  |  +Inf|+Inf| Inf|-Inf|+Inf"),
        // printf "%f|%5f|%06f|%+f|% f|%v|%-5v|" (float64 "NaN") (float64 "NaN") (float64 "NaN") (float64 "NaN") (float64 "NaN") (float64 "NaN") (float64 "NaN")
        FormatCase(.printf, [.string("%f|%5f|%06f|%+f|% f|%v|%-5v|"), .float64(.nan), .float64(.nan), .float64(.nan), .float64(.nan), .float64(.nan), .float64(.nan), .float64(.nan)], "NaN|  NaN|   NaN|+NaN| NaN|NaN|NaN  |"),
        // printf "%#g|%#g|%#g|%#.3g|%#g|%#v|%#.0f|%#e|%#.4g|%#g" 1.0 1.5 1e6 1.0 0.0 1.0 3.0 1.0 0.0001 123456789.0
        FormatCase(.printf, [.string("%#g|%#g|%#g|%#.3g|%#g|%#v|%#.0f|%#e|%#.4g|%#g"), .float64(1.0), .float64(1.5), .float64(1000000.0), .float64(1.0), .float64(0.0), .float64(1.0), .float64(3.0), .float64(1.0), .float64(0.0001), .float64(123456789.0)], "1.00000|1.50000|1.00000e+06|1.00|0.00000|1|3.|1.000000e+00|0.0001000|1.23456789e+08"),
        // printf "%#g|%#.2g|%#g|%#.3g" 0.000012345 0.01 100000.0 100.0
        FormatCase(.printf, [.string("%#g|%#.2g|%#g|%#.3g"), .float64(1.2345e-05), .float64(0.01), .float64(100000.0), .float64(100.0)], "1.23450e-05|0.010|100000.|100."),
        // printf "%b|%b|%b|%b" 1.0 0.1 0.0 (float64 "-Inf")
        FormatCase(.printf, [.string("%b|%b|%b|%b"), .float64(1.0), .float64(0.1), .float64(0.0), .float64(-.infinity)], "4503599627370496p-52|7205759403792794p-56|0p-1074|-Inf"),
        // printf "%x|%X|%x|%.2x|%.0x|%x|%#x|%x|%10.3x|%x" 1.0 1.5 0.1 0.1 1.5 0.0 1.0 -3.75 1.0 5e-324
        FormatCase(.printf, [.string("%x|%X|%x|%.2x|%.0x|%x|%#x|%x|%10.3x|%x"), .float64(1.0), .float64(1.5), .float64(0.1), .float64(0.1), .float64(1.5), .float64(0.0), .float64(1.0), .float64(-3.75), .float64(1.0), .float64(5e-324)], "0x1p+00|0X1.8P+00|0x1.999999999999ap-04|0x1.9ap-04|0x1p+01|0x0p+00|0x1.0000p+00|-0x1.ep+01|0x1.000p+00|0x1p-1074"),
        // printf "%.3x|%.1x|%x" 1.9999 1.97 1e300
        FormatCase(.printf, [.string("%.3x|%.1x|%x"), .float64(1.9999), .float64(1.97), .float64(1e+300)], "0x1.000p+01|0x1.0p+01|0x1.7e43c8800759cp+996"),
        // printf "%.20f|%.30e|%.17g|%.25g" 0.1 0.1 0.1 0.1
        FormatCase(.printf, [.string("%.20f|%.30e|%.17g|%.25g"), .float64(0.1), .float64(0.1), .float64(0.1), .float64(0.1)], "0.10000000000000000555|1.000000000000000055511151231258e-01|0.10000000000000001|0.1000000000000000055511151"),
        // printf "%.0f|%.1f|%.3f|%.0f|%.0f" 0.001 0.04 0.0005 0.96 0.06
        FormatCase(.printf, [.string("%.0f|%.1f|%.3f|%.0f|%.0f"), .float64(0.001), .float64(0.04), .float64(0.0005), .float64(0.96), .float64(0.06)], "0|0.0|0.001|1|0"),
        // printf "%.2f|%.2f|%.2f|%.1f|%.3f|%.1e|%.0e|%.0e" 1.125 1.135 1.145 0.05 1.0005 2.25 2.5 3.5
        FormatCase(.printf, [.string("%.2f|%.2f|%.2f|%.1f|%.3f|%.1e|%.0e|%.0e"), .float64(1.125), .float64(1.135), .float64(1.145), .float64(0.05), .float64(1.0005), .float64(2.25), .float64(2.5), .float64(3.5)], "1.12|1.14|1.15|0.1|1.000|2.2e+00|2e+00|4e+00"),
        // printf "%.1g|%.2g|%.0g|%.1g|%.4g|%.4g|%.6g|%.2g" 0.15 2.25 2.5 95.0 99999.0 123456.0 1234567.0 0.000099
        FormatCase(.printf, [.string("%.1g|%.2g|%.0g|%.1g|%.4g|%.4g|%.6g|%.2g"), .float64(0.15), .float64(2.25), .float64(2.5), .float64(95.0), .float64(99999.0), .float64(123456.0), .float64(1234567.0), .float64(9.9e-05)], "0.1|2.2|2|1e+02|1e+05|1.235e+05|1.23457e+06|9.9e-05"),
        // printf "%g|%g|%g|%g|%G|%g" 1e-4 1e-5 1e20 1e21 1e-7 123456.0
        FormatCase(.printf, [.string("%g|%g|%g|%g|%G|%g"), .float64(0.0001), .float64(1e-05), .float64(1e+20), .float64(1e+21), .float64(1e-07), .float64(123456.0)], "0.0001|1e-05|1e+20|1e+21|1E-07|123456"),
        // printf "%.3g|%.3g|%.3g|%.10g|%.1g" 100.0 1000.0 1234.0 1e6 1e6
        FormatCase(.printf, [.string("%.3g|%.3g|%.3g|%.10g|%.1g"), .float64(100.0), .float64(1000.0), .float64(1234.0), .float64(1000000.0), .float64(1000000.0)], "100|1e+03|1.23e+03|1000000|1e+06"),
        // printf "%f|%.0f|%e|%g" 1e21 1e21 1e21 1e21
        FormatCase(.printf, [.string("%f|%.0f|%e|%g"), .float64(1e+21), .float64(1e+21), .float64(1e+21), .float64(1e+21)], "1000000000000000000000.000000|1000000000000000000000|1.000000e+21|1e+21"),
        // printf "%f|%.2f|%e" 1.7976931348623157e308 1e22 5e-324
        FormatCase(.printf, [.string("%f|%.2f|%e"), .float64(1.7976931348623157e+308), .float64(1e+22), .float64(5e-324)], "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000|10000000000000000000000.00|4.940656e-324"),
        // printf "%.3f|%.10f|%.0f|%.0f" 5e-324 123.456 1e15 123456789012345678.0
        FormatCase(.printf, [.string("%.3f|%.10f|%.0f|%.0f"), .float64(5e-324), .float64(123.456), .float64(1000000000000000.0), .float64(1.2345678901234568e+17)], "0.000|123.4560000000|1000000000000000|123456789012345680"),
        // printf "%d|%s|%x|%q|%c|%t" 1.5 1.5 1.5 1.5 1.5 1.5
        FormatCase(.printf, [.string("%d|%s|%x|%q|%c|%t"), .float64(1.5), .float64(1.5), .float64(1.5), .float64(1.5), .float64(1.5), .float64(1.5)], "%!d(float64=1.5)|%!s(float64=1.5)|0x1.8p+00|%!q(float64=1.5)|%!c(float64=1.5)|%!t(float64=1.5)"),
        // printf "%v|%.2v|%10v|%-10v|%010v|%+v|%+.3v|% v" 3.14159 3.14159 3.14159 3.14159 3.14159 3.14159 3.14159 3.14159
        FormatCase(.printf, [.string("%v|%.2v|%10v|%-10v|%010v|%+v|%+.3v|% v"), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159), .float64(3.14159)], "3.14159|3.1|   3.14159|3.14159   |0003.14159|3.14159|3.14| 3.14159"),
        // printf "%v|%v|%v|%v" .Values.big .Values.f15 .Values.small .Values.neg
        FormatCase(.printf, [.string("%v|%v|%v|%v"), .float64(1000000), .float64(1.5), .float64(0.00001), .float64(-2.5)], "1e+06|1.5|1e-05|-2.5"),
        // printf "%.2f|%d|%v|%T" .Values.i3 .Values.i3 .Values.i3 .Values.i3
        FormatCase(.printf, [.string("%.2f|%d|%v|%T"), .float64(3), .float64(3), .float64(3), .float64(3)], "3.00|%!d(float64=3)|3|float64"),
        // printf "%5.2f%%|%-8.2e|%+.0f" 99.5 0.000123 -0.4
        FormatCase(.printf, [.string("%5.2f%%|%-8.2e|%+.0f"), .float64(99.5), .float64(0.000123), .float64(-0.4)], "99.50%|1.23e-04|-0"),
        // printf "%.15f|%.16f|%.17f|%.18f|%.19f" 2.675 2.675 2.675 2.675 2.675
        FormatCase(.printf, [.string("%.15f|%.16f|%.17f|%.18f|%.19f"), .float64(2.675), .float64(2.675), .float64(2.675), .float64(2.675), .float64(2.675)], "2.675000000000000|2.6749999999999998|2.67499999999999982|2.674999999999999822|2.6749999999999998224"),
        // printf "%.15e|%.16e|%.17e|%.18e|%.19e|%.20e" 2.675 2.675 2.675 2.675 2.675 2.675
        FormatCase(.printf, [.string("%.15e|%.16e|%.17e|%.18e|%.19e|%.20e"), .float64(2.675), .float64(2.675), .float64(2.675), .float64(2.675), .float64(2.675), .float64(2.675)], "2.675000000000000e+00|2.6749999999999998e+00|2.67499999999999982e+00|2.674999999999999822e+00|2.6749999999999998224e+00|2.67499999999999982236e+00"),
        // printf "%.17g|%.18g|%.19g|%.20g" 1.0000000000000002 1.0000000000000002 0.3 0.3
        FormatCase(.printf, [.string("%.17g|%.18g|%.19g|%.20g"), .float64(1.0000000000000002), .float64(1.0000000000000002), .float64(0.3), .float64(0.3)], "1.0000000000000002|1.00000000000000022|0.2999999999999999889|0.2999999999999999889"),
        // printf "%.1f|%.2f|%.3f|%.4f|%.5f" 9.99999 9.99999 9.99999 9.99999 9.99999
        FormatCase(.printf, [.string("%.1f|%.2f|%.3f|%.4f|%.5f"), .float64(9.99999), .float64(9.99999), .float64(9.99999), .float64(9.99999), .float64(9.99999)], "10.0|10.00|10.000|10.0000|9.99999"),
        // printf "%e|%e|%e|%e" 1e100 1e-100 1.5e300 5e-324
        FormatCase(.printf, [.string("%e|%e|%e|%e"), .float64(1e+100), .float64(1e-100), .float64(1.5e+300), .float64(5e-324)], "1.000000e+100|1.000000e-100|1.500000e+300|4.940656e-324"),
    ]

    func testAgainstHelm() {
        for c in Self.cases {
            XCTAssertEqual(c.run(), c.expected, "\(c.kind) \(c.args)", line: c.line)
        }
    }
}
