/// The speaker queue and the floor.
public enum FloorCommand: Equatable, Sendable {
    case queueSpeaker(name: String, role: String? = nil, org: String? = nil, remote: Bool = false, allottedS: Int,
                      item: String? = nil, index: Int? = nil, interruption: Bool = false)
    case updateSpeaker(id: String, name: String? = nil, role: String? = nil, org: String? = nil, remote: Bool? = nil,
                       allottedS: Int? = nil)
    case moveSpeaker(id: String, index: Int)
    case removeSpeaker(id: String)
    /// Gives the floor to this speaker, or the next in the queue.
    case startNextSpeaker(id: String? = nil)
    /// Pauses the speaker who holds the floor, or resumes them when paused.
    case togglePause
    /// Changes the allotted time of this speaker, or of the one on the floor.
    case extendSpeaker(id: String? = nil, byS: Int)
    /// Ends the turn of whoever holds the floor.
    case endTurn
}
