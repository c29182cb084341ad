import XCTest
@testable import Onboarding
