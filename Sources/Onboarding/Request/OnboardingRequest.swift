/// One tenant to onboard: the three fields of the onboarding queue message.
public struct OnboardingRequest: Equatable {
    public var tenantId: String
    public var tier: String
    public var releaseVersion: String

    public init(tenantId: String, tier: String, releaseVersion: String) {
        self.tenantId = tenantId
        self.tier = tier
        self.releaseVersion = releaseVersion
    }
}
