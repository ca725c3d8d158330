// The runners `rakor-bench targets` runs, in this order. One line each, in your own slot
// (the slots are apart, so owners adding theirs at the same time do not collide in a merge).

@MainActor
let targetRunners: [TargetRunner] = [
    verifyTargets,  // H15-read: VerifyTargets.swift

    // H15-state: replay --print, replay open/seek
    replayTargetRows,  // lead: ReplayTargetRows.swift

    // H15-export: export time and memory
    exportTargets,  // ExportTargets.swift

    // H15-render: frames, minutes view, bytes at rest

    hostileTargets,  // lead: HostileTargets.swift
]
