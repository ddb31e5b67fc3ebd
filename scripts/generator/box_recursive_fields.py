#!/usr/bin/env python3
"""Box the model fields that make the generated structs recursive.

`attach` holds a `loopback`, which holds a `mount`, which holds an `attach`
(and `mount` -> `bind` -> `mount`). As plain structs these have infinite size.
Every place where models.rs stores an `Attach` or a `Mount` by value inside
another model becomes a `Box`; a `Vec` is already on the heap and stays as is.
"""
import re
import sys

RECURSIVE = ("Attach", "Mount")
TYPE = r"models::(?:%s)\b" % "|".join(RECURSIVE)

path = sys.argv[1]
src = open(path).read()

rules = [
    # struct fields and `new()` parameters: `name: models::Mount` and `Option<models::Mount>`
    (re.compile(r"(\bpub \w+: |\bfn new\([^)]*?\b\w+: )(Option<)?(%s)" % TYPE),
     lambda m: m.group(1) + (m.group(2) or "") + "Box<" + m.group(3) + ">"),
    # the parse-from-query-string intermediate representation
    (re.compile(r"^(            pub \w+: Vec<)(%s)>," % TYPE, re.M), r"\1Box<\2>>,"),
    (re.compile(r"\.push\(<(%s) as std::str::FromStr>::from_str\(val\)\.map_err\(\|x\| x\.to_string\(\)\)\?\)" % TYPE),
     r".push(Box::new(<\1 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?))"),
]

count = 0
for pattern, repl in rules:
    src, n = pattern.subn(repl, src)
    count += n
# `fn new(a: models::Mount, b: models::Attach)` may hold several; repeat the first rule.
while True:
    src, n = rules[0][0].subn(rules[0][1], src)
    if n == 0:
        break
    count += n
if count == 0:
    sys.exit("box_recursive_fields: found nothing to box in %s; has the generator output changed?" % path)
open(path, "w").write(src)
