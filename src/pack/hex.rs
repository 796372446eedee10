//! Lowercase hexadecimal for hashes and keys, and the grouped form a person compares by eye.

pub fn encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// None unless `text` is exactly lowercase hex digits, two per byte: one spelling per value, so that no byte
/// of a signed file can change without changing what it says.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if text.len() % 2 != 0 {
        return None;
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    text.chunks(2).map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?)).collect()
}

/// "3F2A 9C01 …": upper case in groups of four, the same in every language and script.
pub fn grouped(bytes: &[u8]) -> String {
    let hex = encode(bytes).to_uppercase();
    let groups: Vec<&str> = hex.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).expect("ascii")).collect();
    groups.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_what_is_not_hex() {
        assert_eq!(decode(&encode(&[0, 1, 0xab, 0xff])), Some(vec![0, 1, 0xab, 0xff]));
        for bad in ["abc", "zz", "+1", "é0", "AB"] {
            assert_eq!(decode(bad), None, "{bad}");
        }
        assert_eq!(grouped(&[0x3f, 0x2a, 0x9c, 0x01, 0x55]), "3F2A 9C01 55");
    }
}
