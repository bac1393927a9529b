"""Independent reimplementation of SeededShuffle (SplitMix64 driving Fisher-Yates from the end),
used to write the expected splits in SplitTests.cs. Run: python3 seeded_shuffle.py"""
M = (1 << 64) - 1


def permutation(n, seed):
    p, state = list(range(n)), seed & M
    for i in range(n - 1, 0, -1):
        state = (state + 0x9E3779B97F4A7C15) & M
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        k = (z ^ (z >> 31)) % (i + 1)
        p[i], p[k] = p[k], p[i]
    return p


p = permutation(10, 3)  # TrainTestSplit(0.3, seed 3) on 10 rows: the first ceil(3) entries are the test rows
print("split test", sorted(p[:3]), "train", sorted(p[3:]))
p = permutation(7, 4)  # KFolds(3, seed 4) on 7 rows: folds of 3, 2, 2
print("folds", sorted(p[0:3]), sorted(p[3:5]), sorted(p[5:7]))
