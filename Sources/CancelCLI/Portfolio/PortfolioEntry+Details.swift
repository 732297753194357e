import CancelCore
import CancelPortfolio

extension PortfolioEntry {
    /// What the row's dates say beyond its next action, in the order the
    /// text table and the calendar both show them: the notice sent and the
    /// confirmation, then the missed deadline and the end (for a late notice,
    /// the deadline it missed and the rolled end), the chase rule for a notice
    /// sent, and what is still to come once confirmed. One list, so the two
    /// outputs cannot word or order them differently.
    func trackingDetails(in l: Language) -> [String] {
        var details: [String] = []
        if let sent = noticeSent { details.append(PortfolioLabels.sent[l] + " " + sent.description) }
        if let confirmed { details.append(PortfolioLabels.confirmedOn[l] + " " + confirmed.description) }
        if late {
            if let missed = missedDeadline { details.append(PortfolioLabels.late[l] + " " + missed.description) }
            if let end = endDate { details.append(PortfolioLabels.renewedUntil[l] + " " + end.description) }
        } else {
            if let missed = missedDeadline { details.append(PortfolioLabels.missed[l] + " " + missed.description) }
            if let end = endDate { details.append(PortfolioLabels.ends[l] + " " + end.description) }
        }
        if status == .noticeSent { details.append(PortfolioLabels.chaseRule[l]) }
        if status == .cancelled { details.append(PortfolioLabels.stillToCome[l]) }
        return details
    }
}
