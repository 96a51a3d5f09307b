#include "provenancejson.h"

#include <nlohmann/json.hpp>

namespace asirace {

nlohmann::json scenarioProvenanceJson(const Scenario &s)
{
    return nlohmann::json{{"name", s.name},
                          {"description", s.description},
                          {"author", s.author},
                          {"created", s.created},
                          {"modified", s.modified},
                          {"model_version", s.modelVersion},
                          {"data_as_of", s.assumptions.data_as_of},
                          {"notes", s.notes}};
}

} // namespace asirace
