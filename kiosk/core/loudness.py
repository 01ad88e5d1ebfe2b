"""How loud speech sounds (ITU-R BS.1770-4, in LUFS), without NumPy.

Every page's voice, a machine's draft or a staff member's recording, is brought to the
same loudness (``TARGET_LUFS``), so no page shouts and none mumbles. pyloudnorm measures
this well but needs NumPy and SciPy, which the kiosk does not carry (39 MB more in the
installer), so this measures the same way in plain Python: the K-weighting filters
pyloudnorm designs, its 400 ms blocks with 75% overlap, its two gates. A test holds the
two within 0.01 LU of each other. A minute of speech takes about half a second.
"""

from __future__ import annotations

import math
from array import array

TARGET_LUFS = -18.0  # speech at a comfortable level for a small speaker in a busy room
PEAK = 0.89  # -1 dBFS: room for the encoder's own overshoot
_BLOCK, _STEP = 0.4, 0.25  # seconds, and the overlap as a share of a block
_ABSOLUTE_GATE = -70.0
_RELATIVE_GATE = -10.0
FULL_SCALE = 32768.0


def _biquad(kind: str, rate: int) -> tuple[float, float, float, float, float]:
    """K-weighting's two stages (RBJ cookbook, as pyloudnorm designs them), over a0."""
    if kind == "shelf":
        gain, q, centre = 4.0, 1 / math.sqrt(2.0), 1500.0
    else:
        gain, q, centre = 0.0, 0.5, 38.0
    a_ = 10 ** (gain / 40.0)
    w0 = 2.0 * math.pi * (centre / rate)
    alpha = math.sin(w0) / (2.0 * q)
    cos = math.cos(w0)
    if kind == "shelf":
        root = 2.0 * math.sqrt(a_) * alpha
        b0 = a_ * ((a_ + 1) + (a_ - 1) * cos + root)
        b1 = -2 * a_ * ((a_ - 1) + (a_ + 1) * cos)
        b2 = a_ * ((a_ + 1) + (a_ - 1) * cos - root)
        a0 = (a_ + 1) - (a_ - 1) * cos + root
        a1 = 2 * ((a_ - 1) - (a_ + 1) * cos)
        a2 = (a_ + 1) - (a_ - 1) * cos - root
    else:
        b0 = (1 + cos) / 2
        b1 = -(1 + cos)
        b2 = (1 + cos) / 2
        a0 = 1 + alpha
        a1 = -2 * cos
        a2 = 1 - alpha
    return b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0


def _weighted_energy(samples: array[int], rate: int, step: int) -> list[float]:
    """The K-weighted sum of squares of every ``step`` samples (the last piece may be short)."""
    sb0, sb1, sb2, sa1, sa2 = _biquad("shelf", rate)
    hb0, hb1, hb2, ha1, ha2 = _biquad("pass", rate)
    # Direct form I, both stages in one pass; states are the last two ins and outs.
    x1 = x2 = y1 = y2 = z1 = z2 = 0.0
    scale = 1.0 / FULL_SCALE
    sums: list[float] = []
    for start in range(0, len(samples), step):
        total = 0.0
        for raw in samples[start:start + step]:
            x = raw * scale
            y = sb0 * x + sb1 * x1 + sb2 * x2 - sa1 * y1 - sa2 * y2
            x2, x1 = x1, x
            z = hb0 * y + hb1 * y1 + hb2 * y2 - ha1 * z1 - ha2 * z2
            y2, y1 = y1, y
            z2, z1 = z1, z
            total += z * z
        sums.append(total)
    return sums


def integrated(samples: array[int], rate: int) -> float:
    """Integrated loudness of mono 16-bit ``samples`` in LUFS; -inf if too short or silent.

    Blocks are placed as pyloudnorm places them, so the two agree to a hundredth.
    """
    block = round(_BLOCK * rate)
    if len(samples) < block:
        return -math.inf
    hop = round(_BLOCK * _STEP * rate)  # 100 ms: every block is four hops
    energy = _weighted_energy(samples, rate, hop)
    seconds = len(samples) / rate
    count = round((seconds - _BLOCK) / (_BLOCK * _STEP)) + 1
    per_block = 4
    means: list[float] = []
    for j in range(count):
        pieces = energy[j:j + per_block]
        if len(pieces) < per_block:
            break
        means.append(sum(pieces) / block)
    loud = [z for z in means if z > 0 and -0.691 + 10 * math.log10(z) >= _ABSOLUTE_GATE]
    if not loud:
        return -math.inf
    relative = -0.691 + 10 * math.log10(sum(loud) / len(loud)) + _RELATIVE_GATE
    kept = [z for z in loud if -0.691 + 10 * math.log10(z) >= relative]
    return -0.691 + 10 * math.log10(sum(kept) / len(kept))


def normalised(samples: array[int], rate: int, target: float = TARGET_LUFS) -> array[int]:
    """``samples`` brought to ``target`` LUFS, held under PEAK; silence is left as it is."""
    level = integrated(samples, rate)
    peak = max(map(abs, samples), default=0)
    if not math.isfinite(level) or peak == 0:
        return array("h", samples)
    gain = 10 ** ((target - level) / 20)
    gain = min(gain, PEAK * FULL_SCALE / peak)
    limit = 32767
    return array("h", (max(-limit, min(limit, round(s * gain))) for s in samples))
