#include "ui/models/PagedTableModel.h"
