import XCTest
@testable import ChartEngine
