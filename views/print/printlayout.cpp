#include "printlayout.h"
