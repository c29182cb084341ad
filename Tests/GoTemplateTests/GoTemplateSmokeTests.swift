import XCTest
@testable import GoTemplate
