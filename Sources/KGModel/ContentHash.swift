#if arch(x86_64)
    import CPrefetch
#endif

/// SHA-256 of a file's bytes, as the lower-case hex the `documents.content_hash` column holds.
///
/// ```swift
/// ContentHash.sha256Hex(Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
/// Written out here (FIPS 180-4) so the store needs no crypto package; it only has to tell a
/// changed file from an unchanged one, and to agree with `sha256sum`. Ingest hashes every file on
/// its writing thread, so the blocks are read in place and the message schedule and the padded
/// tail live in two buffers made once per file, not in arrays copied or checked per block; where
/// the CPU has the SHA extensions, they compress the blocks (`sha256_blocks.h`).
public enum ContentHash {
    /// The 32-byte digest of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        #if arch(x86_64)
            if hasSHAExtensions, let words = wordsBySHAExtensions(bytes) { return digest(of: words) }
        #endif
        return digest(of: wordsBySwiftRounds(bytes))
    }

    /// The eight words of the hash of `bytes`, compressed by the rounds written out below.
    static func wordsBySwiftRounds(_ bytes: [UInt8]) -> [UInt32] {
        var state = State()
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            roundConstants.withUnsafeBufferPointer { constants in
                let wholeBlocks = bytes.count / 64
                bytes.withUnsafeBufferPointer { message in
                    for block in 0..<wholeBlocks {
                        state.compress(UnsafeBufferPointer(rebasing: message[block * 64..<block * 64 + 64]), schedule, constants)
                    }
                }
                withPaddedTail(of: bytes) { padded in
                    for offset in stride(from: 0, to: padded.count, by: 64) {
                        state.compress(UnsafeBufferPointer(rebasing: padded[offset..<offset + 64]), schedule, constants)
                    }
                }
            }
        }
        return state.words
    }

    #if arch(x86_64)
        /// Whether this CPU has the SHA extensions (`sha256_blocks.h`): about 70 instructions a byte
        /// in the Swift rounds, a few with them.
        static let hasSHAExtensions = kg_has_sha_extensions() != 0

        /// The eight words of the hash of `bytes`, compressed by the CPU's SHA extensions; call only
        /// where `hasSHAExtensions` (nil only if a buffer had no address).
        static func wordsBySHAExtensions(_ bytes: [UInt8]) -> [UInt32]? {
            var words = State().words
            let done = roundConstants.withUnsafeBufferPointer { constants in
                words.withUnsafeMutableBufferPointer { state -> Bool in
                    guard let constantsStart = constants.baseAddress, let stateStart = state.baseAddress else { return false }
                    let wholeBlocks = bytes.count / 64
                    if wholeBlocks > 0 {
                        let compressed = bytes.withUnsafeBufferPointer { message -> Bool in
                            guard let messageStart = message.baseAddress else { return false }
                            kg_sha256_blocks(stateStart, messageStart, wholeBlocks, constantsStart)
                            return true
                        }
                        guard compressed else { return false }
                    }
                    return withPaddedTail(of: bytes) { padded -> Bool in
                        guard let paddedStart = padded.baseAddress else { return false }
                        kg_sha256_blocks(stateStart, paddedStart, padded.count / 64, constantsStart)
                        return true
                    }
                }
            }
            return done ? words : nil
        }
    #endif

    /// Runs `body` on the message's last partial block, then 0x80, zeros to 56 mod 64, then the
    /// bit length big-endian: one block, or two when fewer than 9 bytes are left for them.
    private static func withPaddedTail<Result>(
        of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            tail.initialize(repeating: 0)
            let wholeBlocks = bytes.count / 64
            let rest = bytes.count - wholeBlocks * 64
            for i in 0..<rest { tail[i] = bytes[wholeBlocks * 64 + i] }
            tail[rest] = 0x80
            let tailLength = rest < 56 ? 64 : 128
            let bitLength = UInt64(bytes.count) &* 8
            for i in 0..<8 {
                tail[tailLength - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i))
            }
            return body(UnsafeBufferPointer(rebasing: tail[0..<tailLength]))
        }
    }

    /// The 32 bytes of the eight words, each big-endian.
    private static func digest(of words: [UInt32]) -> [UInt8] {
        var digest = [UInt8]()
        digest.reserveCapacity(32)
        for word in words {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }

    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in sha256(bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The eight working words between blocks, as stored fields rather than an array.
    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

        var words: [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }

        /// Folds one 64-byte `block` into the state, `w` being room for the 64-word schedule.
        @inline(__always)
        mutating func compress(
            _ block: UnsafeBufferPointer<UInt8>, _ w: UnsafeMutableBufferPointer<UInt32>,
            _ constants: UnsafeBufferPointer<UInt32>
        ) {
            for t in 0..<16 {
                let base = t * 4
                w[t] =
                    UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16
                    | UInt32(block[base + 2]) << 8 | UInt32(block[base + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var a = h0, b = h1, c = h2, d = h3
            var e = h4, f = h5, g = h6, h = h7
            for t in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ s1 &+ choice &+ constants[t] &+ w[t]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let temp2 = s0 &+ majority
                h = g; g = f; f = e; e = d &+ temp1
                d = c; c = b; b = a; a = temp1 &+ temp2
            }
            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
            h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
        }
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x >> n) | (x << (32 - n))
    }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
