#!/usr/bin/env python3
"""Writes src/main/resources/vn/petitionboard/security/account/common-passwords.txt.

Not a copy of a breach list: the base words are the kinds that head every published list (the word "password",
keyboard walks, digit runs, "admin", "iloveyou", sports and pet words) plus their Vietnamese counterparts ("matkhau",
"anhyeuem", place names, office words of a ward: "ubnd", "phuong", "canbo"), each with the suffixes people add to
reach a length rule ("123", "@123", a year). Only entries of 12 characters or more are kept: shorter ones are refused
by length already. Run it again after changing a word; the app compares without case.
"""
import itertools, pathlib

BASES = """password passw0rd p@ssword p@ssw0rd matkhau mat khau matkhaumoi admin administrator quantri quantrivien
root user guest test demo default changeme secret login welcome letmein master superman batman dragon monkey
football baseball soccer sunshine princess shadow trustno1 iloveyou iloveu anhyeuem emyeuanh yeuem yeuanh
vietnam viet nam hanoi saigon hochiminh danang haiphong longbien thuongthanh phuong ubnd ubndphuong canbo
kiennghi dantri mattran chutich vanthu xinchao hello qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm 1q2w3e4r
1qaz2wsx abc abcd abcdef abc123 abcd1234 aaaaaa 123abc 123qwe qwe123 thanhpho congdan nguoidung taikhoan
conchotamhoai""".split()
SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "@123", "@1234",
            "@12345", "@123456", "!", "!@#", "123!", "@", "#123", "01", "001", "111", "000", "888", "999",
            "6789"] + [str(y) for y in range(2015, 2031)] + ["@" + str(y) for y in range(2015, 2031)]
KEYBOARD = """123456789012 1234567890123 12345678901234 123456789000 098765432112 0987654321012 123123123123
121212121212 112233445566 111222333444 123321123321 147258369147 147258369123 159357159357 123456654321
987654321012 qwertyuiop12 qwertyuiop123 qwertyuiop1234 qwertyuiopas 1qaz2wsx3edc 1q2w3e4r5t6y 1q2w3e4r5t6y7u
zaq12wsxcde3 qazwsxedcrfv qweasdzxc123 asdfghjkl123 asdfghjkl;' zxcvbnm12345 1qazxsw23edc !qaz2wsx#edc
qwer1234asdf 1234qwerasdf abcdefghijkl abcdefgh1234 abc123abc123 aaaaaaaaaaaa password1234 password12345
admin@123456 admin1234567 admin@2020 demo@2020 matkhau123456 abcd12345678""".split()

entries = set(KEYBOARD)
entries.update(str(d) * n for d in range(10) for n in (12, 13, 14, 15, 16))
for base, suffix in itertools.product(BASES, SUFFIXES):
    entries.add(base + suffix)
    entries.add(base.replace(" ", "") + suffix)
for a, b in itertools.permutations(["anhyeuem", "emyeuanh", "matkhau", "password", "admin", "vietnam", "hanoi",
                                    "123456", "iloveyou"], 2):
    entries.add(a + b)
kept = sorted(e for e in entries if len(e) >= 12 or e == "demo@2020")
out = pathlib.Path(__file__).resolve().parents[2] / "src/main/resources/vn/petitionboard/security/account"
with open(out / "common-passwords.txt", "w", encoding="utf-8") as f:
    f.write("# Common passwords refused by PasswordPolicy (compared in NFC, ignoring case).\n")
    f.write("# Written by docs/tools/common-passwords.py; see its header for how the list is built.\n")
    f.writelines(e + "\n" for e in kept)
print(len(kept))
