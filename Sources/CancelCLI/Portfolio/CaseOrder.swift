import CancelCore
import CancelPortfolio

// Each id's position in `allCases`, as a switch: `allCases` is rebuilt on
// every access, and a writer looks one up per row and column.
// `RowWritingTests` checks every case against `allCases`. (A status is
// looked up by its `urgency`, already a switch from 0.)

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
