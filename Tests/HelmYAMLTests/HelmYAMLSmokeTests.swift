import XCTest
@testable import HelmYAML
