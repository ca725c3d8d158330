/// Why a command was refused; nothing is written when it is.
public enum RakorError: Error, Equatable, Sendable {
    case sessionClosed
    case sessionNotClosed
    case suspended
    case notSuspended
    case emptyText(field: String)
    case negativeDuration(field: String)
    case durationTooLong(field: String)
    case invalidClockTime(String)
    case invalidDate(String)
    case unknownItem(String)
    case unknownSpeaker(String)
    case unknownQuestion(String)
    case unknownNote(String)
    case itemAlreadyStarted(String)
    case noItemRunning
    case noNextItem
    case queueEmpty
    case speakerNotWaiting(String)
    case floorEmpty
    case notASpeakerTurn
    case noOpenRound
    case roundFull(max: Int)
    case noQuestionWaiting
    case questionFinished(String)
    case illegalPhase(from: SessionPhase, trigger: String)
    case nothingToChange
    case invalidCount(field: String)
    case invalidValue(field: String, value: String)
    case unknownAttendee(String)
    case alreadyPresent(String)
    case notPresent(String)
    /// Another terminal changed what the command acts on a moment before (both pressed `n`).
    case changedElsewhere(by: String?, what: String)
}

extension RakorError: CustomStringConvertible {
    /// English text; the TUI shows the localised one from `Strings`.
    public var description: String { message(.en) }

    /// The message in the given language.
    public func message(_ lang: Language) -> String {
        let id = lang == .id
        switch self {
        case .sessionClosed: return id ? "Rapat sudah ditutup." : "The session is closed."
        case .sessionNotClosed: return id ? "Rapat belum ditutup." : "The session is not closed."
        case .suspended: return id ? "Rapat sedang diskors; lanjutkan dulu." : "The session is suspended; resume it first."
        case .notSuspended: return id ? "Rapat tidak sedang diskors." : "The session is not suspended."
        case .emptyText(let f): return id ? "\(Self.fieldID(f)) tidak boleh kosong." : "\(f) must not be empty."
        case .negativeDuration(let f): return id ? "\(Self.fieldID(f)) tidak boleh negatif." : "\(f) must not be negative."
        case .durationTooLong(let f): return id ? "\(Self.fieldID(f)) terlalu panjang (maks. 24 jam)." : "\(f) is too long (at most 24 hours)."
        case .invalidClockTime(let s): return id ? "Jam \"\(s)\" tidak sah (HH:MM)." : "\"\(s)\" is not a clock time (HH:MM)."
        case .invalidDate(let s): return id ? "Tanggal \"\(s)\" tidak sah (YYYY-MM-DD)." : "\"\(s)\" is not a date (YYYY-MM-DD)."
        case .unknownItem(let s): return id ? "Tidak ada acara \(s)." : "No rundown item \(s)."
        case .unknownSpeaker(let s): return id ? "Tidak ada pembicara \(s)." : "No speaker \(s)."
        case .unknownQuestion(let s): return id ? "Tidak ada pertanyaan \(s)." : "No question \(s)."
        case .unknownNote(let s): return id ? "Tidak ada catatan \(s)." : "No minutes entry \(s)."
        case .itemAlreadyStarted(let s): return id ? "Acara \(s) sudah berjalan." : "Item \(s) has already started."
        case .noItemRunning: return id ? "Tidak ada acara yang berjalan." : "No rundown item is running."
        case .noNextItem: return id ? "Tidak ada acara berikutnya." : "No rundown item is left to start."
        case .queueEmpty: return id ? "Antrean pembicara kosong." : "The speaker queue is empty."
        case .speakerNotWaiting(let s): return id ? "Pembicara \(s) tidak sedang antre." : "Speaker \(s) is not waiting."
        case .floorEmpty: return id ? "Tidak ada yang sedang berbicara." : "Nobody holds the floor."
        case .notASpeakerTurn:
            return id ? "Hanya giliran pembicara yang bisa dijeda atau ditambah waktunya." : "Only a speaker's turn can be paused or extended."
        case .noOpenRound: return id ? "Tidak ada termin yang dibuka." : "No termin is open."
        case .roundFull(let m): return id ? "Termin sudah penuh (\(m) penanya)." : "The termin is full (\(m) askers)."
        case .noQuestionWaiting: return id ? "Tidak ada penanya yang menunggu." : "No asker is waiting."
        case .questionFinished(let s): return id ? "Pertanyaan \(s) sudah selesai." : "Question \(s) has finished."
        case let .illegalPhase(from, trigger):
            return id ? "Tidak bisa \(trigger) saat \(from.rawValue)." : "Cannot \(trigger) while \(from.rawValue)."
        case .nothingToChange: return id ? "Tidak ada yang diubah." : "Nothing to change."
        case .invalidCount(let f): return id ? "\(f) harus bilangan bulat ≥ 0." : "\(f) must be a whole number ≥ 0."
        case let .invalidValue(f, v): return id ? "\(f): nilai \"\(v)\" tidak sah." : "\(f): \"\(v)\" is not allowed."
        case .unknownAttendee(let s): return id ? "Tidak ada \(s) di daftar hadir." : "No \(s) on the attendance list."
        case .alreadyPresent(let s): return id ? "\(s) sudah tercatat hadir." : "\(s) is already recorded present."
        case .notPresent(let s): return id ? "\(s) tidak tercatat hadir." : "\(s) is not recorded present."
        case let .changedElsewhere(by, what): return PeerText.changedElsewhere(by: by, what: what, lang)
        }
    }

    /// The Indonesian name of a field in a message.
    static func fieldID(_ f: String) -> String {
        switch f {
        case "name": return "Nama"
        case "text": return "Isi"
        case "title": return "Judul"
        case "asker": return "Nama penanya"
        case "label": return "Label"
        case "by": return "Narasumber"
        case "allotted_s": return "Alokasi waktu"
        case "planned_s": return "Durasi rencana"
        case "resume": return "Waktu lanjut"
        default: return f
        }
    }
}
