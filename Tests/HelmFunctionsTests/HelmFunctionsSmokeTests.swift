import XCTest
@testable import HelmFunctions
