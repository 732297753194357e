import CancelCore
