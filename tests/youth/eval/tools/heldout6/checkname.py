"""Print which candidate name tokens (args or stdin, whitespace-separated) collide."""
import sys
from earlier import load, name_tokens
names = load()[0]
words = sys.argv[1:] or sys.stdin.read().split()
bad = [w for w in words if name_tokens(w) & names]
print("COLLIDE:", " ".join(bad))
print(f"{len(words) - len(bad)}/{len(words)} ok")
