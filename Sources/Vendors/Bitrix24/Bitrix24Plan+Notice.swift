import CancelCore

extension Bitrix24Plan {
    /// A partner purchase, or an on-premise licence, is not renewed through
    /// a letter to the partner or account manager; cloud portals cancel in
    /// their subscription settings.
    public func notice(_ details: NoticeDetails) -> Notice {
        guard channel == .accountManager else { return Notice.standard(for: self, details: details) }
        let c = NoticeContext(plan: self, details: details)
        let extra: LocalizedText = facts.salesAssisted
            ? LocalizedText(en: "We bought this subscription from you as a Bitrix24 partner: please do not renew it. Bitrix24 asks that you be told at least one week before the expiry date; this request is sent for that.",
                            fr: "Nous avons acheté cet abonnement auprès de vous, partenaire Bitrix24 : merci de ne pas le renouveler. Bitrix24 demande que vous soyez prévenu au moins une semaine avant la date d’expiration ; cette demande est envoyée à cet effet.")
            : LocalizedText(en: "This concerns our on-premise (self-hosted) licence: please do not renew it, and tell us the notice period that applies to it if it is not met by this request.",
                            fr: "Il s’agit de notre licence sur site (auto-hébergée) : merci de ne pas la renouveler, et de nous indiquer le préavis applicable s’il n’est pas respecté par cette demande.")
        return Notice.letter(for: self, context: c, extra: [extra])
    }
}
