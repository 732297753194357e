extension Role {
    /// The role's position in ``Role/allCases``, for bit sets of roles. A
    /// switch: the synthesized `allCases` builds an array on every call,
    /// and a search of it per role showed in portfolio profiles. A test
    /// checks every case against `allCases`.
    @inlinable
    public var index: Int {
        switch self {
        case .owner: return 0
        case .billingAdmin: return 1
        case .superAdmin: return 2
        case .accountAdmin: return 3
        case .productAdmin: return 4
        case .billingContact: return 5
        case .accountHolder: return 6
        case .signatory: return 7
        }
    }
}
