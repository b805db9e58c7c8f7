import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

describe("client address", () => {
  it("takes the socket's peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("::ffff:198.51.100.7", "203.0.113.9", 0)).toBe("198.51.100.7");
    expect(clientAddress("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("behind one proxy, believes only the entry that proxy appended", () => {
    // The client wrote "1.2.3.4"; the proxy appended the address it saw.
    expect(clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("behind two proxies, counts two from the right, across repeated headers", () => {
    expect(clientAddress("10.0.0.2", ["1.2.3.4, 203.0.113.9", "10.0.0.1"], 2)).toBe("203.0.113.9");
  });

  it("falls back sensibly when the chain is shorter than declared or missing", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", " , ", 1)).toBe("10.0.0.2");
  });
});
