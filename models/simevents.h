#pragma once
// Stochastic events of the race model. The deterministic run uses their
// expected values, so every output moves smoothly with every input; Monte
// Carlo passes a sampler that draws them instead (same call sites).

namespace asirace {

class SimEvents
{
public:
    virtual ~SimEvents() = default;
    // Share of a finished run's progress lost to framework bugs (GPT-4.5's
    // torch.sum bug). Expected value: probability * lostShare.
    virtual double bugLoss(int org, int runIndex, double probability, double lostShare) = 0;
    // Share of this month's compute expansion that the ROFR holder of
    // partnership `partnership` declines (the lab then buys it elsewhere after
    // the delay). Expected value: probability.
    virtual double rofrDeclined(int partnership, int month, double probability) = 0;
};

// Expected values: what the deterministic run uses (also when no events object is given).
class ExpectedEvents final : public SimEvents
{
public:
    double bugLoss(int, int, double probability, double lostShare) override { return probability * lostShare; }
    double rofrDeclined(int, int, double probability) override { return probability; }
};

} // namespace asirace
