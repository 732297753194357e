import CancelCore
import CancelPortfolio

// Each id's position in `allCases`, as a switch: `allCases` is rebuilt on
// every access, and a writer looks one up per row and column.
// `CaseOrderTests` checks every case against `allCases`.

extension PortfolioStatus {
    var order: Int {
        switch self {
        case .missed: return 0
        case .actSoon: return 1
        case .noticeSent: return 2
        case .unknown: return 3
        case .ok: return 4
        case .noDeadline: return 5
        case .cancelled: return 6
        }
    }
}

extension PortfolioAction {
    var order: Int {
        switch self {
        case .sendNotice: return 0
        case .cancel: return 1
        case .chaseConfirmation: return 2
        case .completeFacts: return 3
        case .none: return 4
        }
    }
}

extension Channel {
    var order: Int {
        switch self {
        case .selfService: return 0
        case .email: return 1
        case .support: return 2
        case .accountManager: return 3
        case .unknown: return 4
        }
    }
}
