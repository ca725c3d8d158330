/// Who a joiner is: the SSH user name they log in with.
public enum ShareRole: String, CaseIterable, Sendable, Codable {
    case notulis, layar, peserta, moderator

    /// Roles that only watch. The attach child enforces it; the gateway passes keys through as typed.
    public var isReadOnly: Bool { self == .layar || self == .peserta }
}

/// Why a joiner who knew the code is still turned away, said to them before the channel closes.
public enum JoinRefusal: Error, Equatable, Sendable {
    case unknownRole(String)
    case moderatorNotShared

    /// Decides whether an authenticated user name may join.
    public static func check(user: String, allowModerator: Bool) -> Result<ShareRole, JoinRefusal> {
        guard let role = ShareRole(rawValue: user) else { return .failure(.unknownRole(user)) }
        if role == .moderator && !allowModerator { return .failure(.moderatorNotShared) }
        return .success(role)
    }
}
