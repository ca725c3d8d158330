import Testing
@testable import RakorCore

/// The list's id index: numbered ids by slot, any other id by dictionary, and copies independent.
@Suite("IdentifiedList ids")
struct IdentifiedListIdTests {
    struct Item: Identified, Equatable, Sendable { var id: String; var v: Int }

    /// Ids a hostile or hand-written log may use beside the project's own `n1`, `n2`, ….
    static func oddId(_ i: Int) -> String {
        switch i % 11 {
        case 0: return "n0\(i)"             // a leading zero: not the same id as n\(i)
        case 1: return "x\(i)"              // another prefix
        case 2: return "n\(1_000_000_000 + i)"  // ten digits
        case 3: return "n\(900_000_000 + i)"    // far past the list's size
        case 4: return "é\(i)"
        case 5: return "abcdefgh\(i)"       // a prefix longer than 7 bytes
        case 6: return "\(i)"               // no prefix
        case 7: return "n\(i)a"             // letters after the number
        case 8: return "item-\(i)-b"
        default: return "n\(i)"
        }
    }

    @Test func everyKindOfIdIsFoundRemovedAndMovedAsInAnArray() {
        var list = IdentifiedList<Item>()
        var model: [Item] = []
        var rng = SplitMix64(seed: 15)
        var copies: [(IdentifiedList<Item>, [Item])] = []
        for i in 0..<8_000 {
            let r = Int(rng.next() % 10)
            let at = Int(rng.next() % UInt64(model.count + 1))
            switch r {
            case 0...4:
                let e = Item(id: Self.oddId(i), v: i)
                if r == 0 { list.insert(e, at: at); model.insert(e, at: min(at, model.count)) } else { list.append(e); model.append(e) }
            case 5 where !model.isEmpty:
                let id = model[Int(rng.next() % UInt64(model.count))].id
                list.remove(id: id); model.removeAll { $0.id == id }
            case 6 where !model.isEmpty:
                let id = model[Int(rng.next() % UInt64(model.count))].id
                list.move(id: id, to: at)
                let e = model.first { $0.id == id }!
                model.removeAll { $0.id == id }
                model.insert(e, at: max(0, min(at, model.count)))
            case 7 where !model.isEmpty:
                let k = Int(rng.next() % UInt64(model.count))
                list.update(id: model[k].id) { $0.v = -i }
                model[k].v = -i
            case 8 where !model.isEmpty:
                let k = Int(rng.next() % UInt64(model.count))
                list[id: model[k].id] = Item(id: model[k].id, v: i * 2)
                model[k].v = i * 2
            default: break
            }
            if i % 1_000 == 0 { copies.append((list, model)) }
            if i % 400 == 0 || i == 7_999 {
                #expect(Array(list) == model)
                // The list's own filter and last(where:) (elements looked at in place) pick as the array's do.
                for m in [3, 7, 1_000] {
                    #expect(list.filter { $0.v % m == 1 } == model.filter { $0.v % m == 1 })
                    #expect(list.last { $0.v % m == 2 } == model.last { $0.v % m == 2 })
                }
                #expect(list.last { _ in false } == nil && list.filter { _ in true } == model)
                for (k, e) in model.enumerated() where k % 13 == 0 {
                    #expect(list.position(of: e.id) == k && list[id: e.id] == e && list.contains(id: e.id))
                }
                // Ids never added, or removed, are not found, whatever their shape.
                for miss in ["n0", "n00", "n\(i + 100_000)", "x", "", "n", "0", "n-1", "n1.5"] where !model.contains(where: { $0.id == miss }) {
                    #expect(!list.contains(id: miss) && list[id: miss] == nil && list.position(of: miss) == nil, "\(miss)")
                }
            }
        }
        // A copy (a replay checkpoint) shares storage but never sees later changes.
        for (copy, snapshot) in copies {
            #expect(Array(copy) == snapshot)
            for e in snapshot.prefix(50) { #expect(copy[id: e.id] == e) }
        }
    }

    /// The common prefix is never longer than the real one, and covers all of a list that the
    /// other only appended to (the minutes view's lines rest on both).
    @Test func theCommonPrefixIsTrueAndCoversWhatWasOnlyAppended() {
        var list = IdentifiedList<Item>()
        var rng = SplitMix64(seed: 21)
        for i in 0..<3_000 {
            let before = list
            let r = Int(rng.next() % 8)
            switch r {
            case 0 where list.count > 0:
                let id = list[Int(rng.next() % UInt64(list.count))].id
                list.update(id: id) { $0.v += 1 }
            case 1 where list.count > 0:
                list.remove(id: list[Int(rng.next() % UInt64(list.count))].id)
            case 2:
                list.insert(Item(id: "i\(i)", v: i), at: Int(rng.next() % UInt64(list.count + 1)))
            default:
                list.append(Item(id: "a\(i)", v: i))
            }
            let n = list.commonPrefixCount(with: before)
            #expect(n == before.commonPrefixCount(with: list))
            let real = zip(list, before).prefix { $0 == $1 }.count
            #expect(n <= real, "step \(i): \(n) claimed, \(real) equal")
            if r >= 3 || (r == 2 && list.last?.id == "i\(i)") { #expect(n == before.count, "step \(i): an append keeps all \(before.count)") }
            if r == 0, let changed = Array(zip(list, before)).firstIndex(where: { $0 != $1 }) { #expect(n == changed) }
        }
        // Equal lists stored apart, in the same chunks, are compared element by element.
        let apart = IdentifiedList(list.elements), again = IdentifiedList(list.elements)
        #expect(apart.commonPrefixCount(with: again) == list.count)
        #expect(apart.commonPrefixCount(with: list) <= list.count)
        #expect(IdentifiedList<Item>().commonPrefixCount(with: list) == 0)
    }

    @Test func numberedIdsParseOnlyInTheirOneSpelling() {
        #expect(IdIndex.numbered("n123")?.n == 123)
        #expect(IdIndex.numbered("n0")?.n == 0)
        #expect(IdIndex.numbered("n")?.n == nil)
        #expect(IdIndex.numbered("n012") == nil)
        #expect(IdIndex.numbered("n1234567890") == nil)
        #expect(IdIndex.numbered("abcdefgh1") == nil)
        #expect(IdIndex.numbered("n1a") == nil)
        #expect(IdIndex.numbered("n1")!.prefix != IdIndex.numbered("s1")!.prefix)
        #expect(IdIndex.numbered("1")!.prefix != IdIndex.numbered("n1")!.prefix)
    }
}
