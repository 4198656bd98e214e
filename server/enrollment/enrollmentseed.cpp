#include "enrollment/enrollment.h"

namespace tutorhub::server {

int seedEnrollmentDemo(Repository &repo)
{
    Q_UNUSED(repo)
    return 0;
}

} // namespace tutorhub::server
