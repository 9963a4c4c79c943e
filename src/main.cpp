#include "app/cli.hpp"

int main(int argc, char** argv) { return practica::app::RunCli(argc, argv); }
