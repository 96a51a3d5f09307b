#pragma once
// Counter-based random numbers for Monte Carlo: every draw is a pure function
// of (seed, run index, stream, draw index). No generator state is carried from
// one run to the next, so a run's draws do not depend on which thread ran it or
// on what ran before, and results are bit-identical whatever the thread count.
//
// The mixing function is the SplitMix64 finaliser (Steele, Lea & Flood 2014,
// "Fast splittable pseudorandom number generators"; constants from Stafford's
// "Mix13"). A run's key chains the seed and the run index through it twice, so
// neighbouring seeds and runs start from unrelated states.

#include <cstdint>

namespace asirace {

constexpr std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Independent streams of one run, so adding draws to one kind of event never
// shifts the draws of another (a new distribution does not reshuffle bugs).
enum class RandomStream : std::uint32_t {
    Inputs = 1,       // one draw per distribution, index = distribution index
    FrameworkBug = 2, // index = lab index * 4096 + run number of that lab
    RofrDecline = 3,  // index = partnership index * 4096 + month index
    SharedFactors = 4, // one draw per shared factor, index = factor index
    // Sweeps (models/sweepdesign.h): "run" is the design point or the axis.
    SweepPointSeed = 5,    // index 0: the point's own Monte Carlo seed
    LatinPermutation = 6,  // run = axis, index = Fisher-Yates step
    LatinJitter = 7,       // run = point, index = axis
};

class RunRandom
{
public:
    RunRandom(std::uint64_t seed, std::uint64_t run)
        : m_key(mix64(mix64(seed ^ 0x6a09e667f3bcc909ULL) + (run + 1) * 0x9e3779b97f4a7c15ULL))
    {
    }

    // SplitMix64's own construction, with the run's key as the starting
    // state and the (stream, index) counter as the step count: distinct
    // counters give distinct inputs to the bijective finaliser.
    std::uint64_t bits(RandomStream stream, std::uint64_t index) const
    {
        const std::uint64_t counter = (static_cast<std::uint64_t>(stream) << 56) ^ index;
        return mix64(m_key + (counter + 1) * 0x9e3779b97f4a7c15ULL);
    }

    // Uniform in the open interval (0, 1): 53 random bits, offset by half a
    // step so inverse CDFs never see 0 or 1.
    double uniform(RandomStream stream, std::uint64_t index) const
    {
        return (static_cast<double>(bits(stream, index) >> 11) + 0.5) * 0x1.0p-53;
    }

private:
    std::uint64_t m_key;
};

} // namespace asirace
